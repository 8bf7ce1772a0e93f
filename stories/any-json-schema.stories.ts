import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { stringsFor } from '@efa-forms/elements';
import { peerSchemaNames, peerSchemas } from './internal/peer-schemas.js';
import { formArgTypes, formArgs, formIn, renderForm, type FormArgs } from './internal/form-story.js';

/**
 * "Any JSON Schema": real schemas of other form systems (../shared/peer-schemas) through the `schema`
 * property, with their sample data. any-json-schema.test.ts runs the story for every file.
 */
export interface SchemaArgs extends FormArgs {
  /** File in ../shared/peer-schemas. */
  schemaName: string;
  /** Start from the file's `formData` (some are invalid on purpose). */
  withFormData: boolean;
}

const meta: Meta<SchemaArgs> = {
  title: 'Any JSON Schema/Peer schemas',
  component: 'efa-form',
  args: {
    ...formArgs,
    schemaName: peerSchemaNames.includes('jsonforms-person.json')
      ? 'jsonforms-person.json'
      : (peerSchemaNames[0] ?? ''),
    withFormData: true,
  },
  argTypes: {
    ...formArgTypes,
    schemaName: {
      control: 'select',
      options: peerSchemaNames,
      description: 'File in ../shared/peer-schemas.',
    },
    withFormData: { control: 'boolean', description: "Start from the file's `formData`." },
    // A plain schema has no tenant texts; its answers come from the file (or `data` without it).
    tenant: { table: { disable: true } },
  },
  render: (args) => {
    const file = peerSchemas[args.schemaName];
    if (!file) throw new Error(`no ../shared/peer-schemas/${args.schemaName}`);
    return renderForm(
      { schema: file.schema },
      { ...args, data: (args.withFormData && file.formData) || args.data },
    );
  },
};
export default meta;

export const PeerSchema: StoryObj<SchemaArgs> = {
  play: async ({ canvasElement, args }) => {
    const { form, shadow } = await formIn(canvasElement);
    expect(form.loadedDefinition, `${args.schemaName} did not load`).toBeDefined();
    expect(shadow.queryByText(stringsFor(args.locale).loadFailed)).toBeNull();
    // Every page has its continue button; the first step shows at least one field.
    expect(shadow.getAllByRole('button').length).toBeGreaterThan(0);
    expect(form.shadowRoot?.querySelector('[part~="field"], fieldset')).not.toBeNull();
  },
};
