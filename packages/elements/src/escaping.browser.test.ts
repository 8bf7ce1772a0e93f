import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import { cleanup, control, mount, root, settle } from './test-support/mount.js';

afterEach(() => {
  cleanup();
  delete (window as unknown as Record<string, unknown>).__pwned;
});

const IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
const SCRIPT = '"><script>window.__pwned=(window.__pwned||0)+1</script>';
const BOTH = `${IMG}${SCRIPT}`;

const hostile: ServiceDefinition = {
  id: 'hostile',
  version: '1.0.0',
  title: `Titel ${BOTH}`,
  schema: {
    type: 'object',
    properties: {
      text: {
        type: 'string',
        title: `Feld ${BOTH}`,
        description: `Hinweis ${BOTH}`,
        'x-efa': { placeholder: SCRIPT },
      },
      wahl: {
        type: 'string',
        title: `Wahl ${IMG}`,
        oneOf: [
          { const: IMG, title: `Option ${BOTH}` },
          { const: 'b', title: SCRIPT },
        ],
      },
      liste: {
        type: 'string',
        title: 'Liste',
        oneOf: Array.from({ length: 8 }, (_unused, index) => ({
          const: `${SCRIPT}${index}`,
          title: `${IMG} ${index}`,
        })),
      },
      gruppe: {
        type: 'object',
        title: `Gruppe ${BOTH}`,
        properties: { innen: { type: 'string', title: SCRIPT } },
      },
    },
    required: ['text'],
  },
  steps: [
    {
      id: 'eins',
      title: `Schritt ${BOTH}`,
      description: BOTH,
      fields: ['/text', '/wahl', '/liste', '/gruppe'],
    },
  ],
};

/** Every element in the form's shadow root, nested roots included. */
function allElements(node: ParentNode): Element[] {
  return [...node.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? allElements(element.shadowRoot) : []),
  ]);
}

/**
 * onerror of a broken image fires asynchronously. A control image, added after the form rendered,
 * loading the same broken address, gives the positive signal: once its onerror has run, the error
 * events of every image that existed before it have been delivered too, so a hostile one would have run.
 */
async function nothingExecuted(): Promise<void> {
  const flags = window as unknown as Record<string, unknown>;
  const control = document.createElement('img');
  control.addEventListener('error', () => (flags.__controlFired = true));
  control.src = 'x'; // the same broken address the hostile markup uses
  document.body.append(control);
  try {
    await expect.poll(() => flags.__controlFired, { timeout: 5_000 }).toBe(true);
  } finally {
    control.remove();
    delete flags.__controlFired;
  }
  expect(flags.__pwned).toBeUndefined();
}

describe('texts from definitions and data are text, never HTML', () => {
  test('titles, hints, options, step texts, placeholders', async () => {
    const form = await mount((el) => (el.definition = hostile));
    const elements = allElements(root(form));
    expect(
      elements.filter((element) => element.localName === 'img' || element.localName === 'script'),
    ).toEqual([]);
    expect(root(form).querySelector('#title')?.textContent).toBe(`Titel ${BOTH}`);
    expect(control(form, '/text').labels?.[0]?.textContent).toContain(`Feld ${BOTH}`);
    expect(control(form, '/text').placeholder).toBe(SCRIPT);
    expect(root(form).textContent).toContain(`Option ${BOTH}`);
    // Errors name the label: the summary and inline error show it as text too.
    await userEvent.click(root(form).querySelector('button[type="submit"]') as HTMLButtonElement);
    await settle(form);
    expect(root(form).querySelector('#error-summary')?.textContent).toContain(`Feld ${BOTH}`);
    expect(
      allElements(root(form)).filter(
        (element) => element.localName === 'img' || element.localName === 'script',
      ),
    ).toEqual([]);
    await nothingExecuted();
  });

  test('the probe detects markup that does execute (so the tests above can fail)', async () => {
    const div = document.createElement('div');
    document.body.append(div);
    div.innerHTML = IMG;
    await expect
      .poll(() => (window as unknown as Record<string, unknown>).__pwned, { timeout: 5_000 })
      .toBe(1);
  });

  test('values typed or given as data, in controls, errors, review and summary', async () => {
    const form = await mount((el) => {
      el.definition = hostile;
      el.data = { text: BOTH, gruppe: { innen: BOTH } };
    });
    expect(control(form, '/text').value).toBe(BOTH);
    await userEvent.type(control(form, '/gruppe/innen'), IMG);
    await userEvent.click(control(form, '/wahl'));
    const submit = root(form).querySelector('button[type="submit"]') as HTMLButtonElement;
    await userEvent.click(submit);
    await settle(form);
    expect(form.currentStep).toBe('review');
    expect(root(form).textContent).toContain(BOTH);
    expect(root(form).textContent).toContain(`Option ${BOTH}`);
    expect(
      allElements(root(form)).filter(
        (element) => element.localName === 'img' || element.localName === 'script',
      ),
    ).toEqual([]);
    await nothingExecuted();
  });
});
