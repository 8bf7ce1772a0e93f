import { describe, expect, it } from 'vitest';
import { benchFields } from './generate.js';
import { efaDefinition, formioForm, initialData, jsonFormsInput, surveyJson } from './formats.js';

type Tree = {
  components?: Tree[];
  elements?: Tree[];
  key?: string;
  name?: string;
  scope?: string;
  type?: string;
};
const leaves = (nodes: Tree[], children: 'components' | 'elements'): Tree[] =>
  nodes.flatMap((node) => (node[children] ? leaves(node[children] as Tree[], children) : [node]));

describe('every library gets the same fields in the same order', () => {
  const count = 200;
  const names = benchFields(count).map((field) => field.name);

  it('JSON Forms: one Group per object, one Control per field', () => {
    const { uischema } = jsonFormsInput(count) as { uischema: Tree };
    expect(uischema.elements?.every((group) => group.type === 'Group')).toBe(true);
    expect(leaves(uischema.elements ?? [], 'elements').map((c) => c.scope?.split('/').pop())).toEqual(names);
  });

  it('SurveyJS: one panel per object, both modes', () => {
    for (const mode of ['onBlur', 'onTyping'] as const) {
      const survey = surveyJson(count, mode) as { textUpdateMode: string; pages: Tree[] };
      expect(survey.textUpdateMode).toBe(mode);
      expect(leaves(survey.pages[0]?.elements ?? [], 'elements').map((q) => q.name)).toEqual(names);
    }
  });

  it('Form.io: one panel per object and a submit button', () => {
    const form = formioForm(count) as { components: Tree[] };
    const fields = leaves(form.components, 'components').filter((c) => c.type !== 'button');
    expect(fields.map((c) => c.key)).toEqual(names);
    expect(form.components.at(-1)?.type).toBe('button');
  });

  it('schema-driven libraries start with one empty object per group; efa gets the same schema', () => {
    expect(Object.values(initialData(count)).every((group) => Object.keys(group).length === 0)).toBe(true);
    expect(Object.keys(initialData(count))).toHaveLength(count / 10);
    // The same schema, but enums with labels (oneOf const/title), as a strict service definition needs.
    const efa = JSON.stringify(efaDefinition(count).schema);
    expect(efa).not.toContain('"enum"');
    expect(
      efa.replace(
        /"oneOf":\[(.*?)\]\}/g,
        (_all, options: string) =>
          `"enum":[${[...options.matchAll(/"const":("[^"]*")/g)].map((m) => m[1]).join(',')}]}`,
      ),
    ).toBe(JSON.stringify(jsonFormsInput(count).schema));
  });
});
