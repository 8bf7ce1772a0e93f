// How the end-to-end tests fill in a form: as a person in Chromium would, with the mouse (click a
// field, a radio, a button) and the keyboard (type, Tab, Space, Enter). Playwright's locators reach
// into <efa-form>'s open shadow root; fields are found by their visible label, never by id.
import type { Locator, Page } from 'playwright';

/** Where a field is looked for: the page, or a group (a fieldset, a repeat item). */
type Scope = Page | Locator;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A group (`<fieldset>`) by the start of its legend (a required group's legend ends in "(Pflichtfeld)"). */
export function group(scope: Scope, legend: string): Locator {
  return scope.getByRole('group', { name: new RegExp(`^${escape(legend)}`) });
}

/**
 * The control labelled `label`. Matched on the label's text, which ends in " *" for a required
 * field (the marker is hidden from screen readers, not from the text).
 */
export function field(scope: Scope, label: string | RegExp): Locator {
  return scope.getByLabel(typeof label === 'string' ? new RegExp(`^${escape(label)}( \\*)?$`) : label);
}

/** A person at the keyboard and mouse. */
export class Person {
  constructor(readonly page: Page) {}

  /** Clicks into the field labelled `label` and types `text` key by key. */
  async type(label: string | RegExp, text: string, scope: Scope = this.page): Promise<void> {
    await field(scope, label).click();
    await this.page.keyboard.type(text);
  }

  /**
   * Fills the field labelled `label` as one input (pasting, or a browser's autofill): the same
   * events as typing for the form, at a fraction of the cost on long texts.
   */
  async paste(label: string | RegExp, text: string, scope: Scope = this.page): Promise<void> {
    await field(scope, label).fill(text);
  }

  /** A date field: the native picker's segments, filled as the browser's autofill does. */
  async date(label: string | RegExp, isoDate: string, scope: Scope = this.page): Promise<void> {
    await field(scope, label).fill(isoDate);
  }

  /** Clicks the radio or checkbox labelled `label` (its option title). */
  async click(label: string | RegExp, scope: Scope = this.page): Promise<void> {
    await field(scope, label).click();
  }

  /** Chooses a file for the upload field labelled `label`, as the browser's file dialog would. */
  async upload(
    label: string,
    file: { name: string; mimeType: string; buffer: Buffer },
    scope: Scope = this.page,
  ): Promise<void> {
    await field(scope, label).setInputFiles(file);
  }

  /** Types a German address into the four fields of `scope` (Straße, Hausnummer, Postleitzahl, Ort). */
  async address(
    address: { strasse: string; hausnummer: string; postleitzahl: string; ort: string },
    scope: Scope = this.page,
  ): Promise<void> {
    await this.type('Straße', address.strasse, scope);
    await this.type('Hausnummer', address.hausnummer, scope);
    await this.type('Postleitzahl', address.postleitzahl, scope);
    await this.type('Ort', address.ort, scope);
  }

  /** Picks an option of the select labelled `label` by its visible text. */
  async select(label: string | RegExp, option: string, scope: Scope = this.page): Promise<void> {
    await field(scope, label).selectOption({ label: option });
  }

  /** Presses Tab (Shift+Tab with `back`) until the focused element's name starts with `name`. */
  async tabTo(name: string, back = false): Promise<void> {
    for (let presses = 0; presses < 60; presses++) {
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const focused = await this.page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        const labels = (element as HTMLInputElement | null)?.labels;
        const text = labels && labels.length > 0 ? labels[0]?.textContent : element?.textContent;
        return (text ?? '').replace(/\s+/g, ' ').replace(' *', '').trim();
      });
      if (focused.startsWith(name)) return;
    }
    throw new Error(`Tab never reached "${name}"`);
  }

  /** Ticks each checkbox named (by the start of its label) with the keyboard: Tab to it, Space. */
  async tick(...names: string[]): Promise<void> {
    for (const name of names) {
      await this.tabTo(name);
      await this.press('Space');
    }
  }

  /** Presses a key (`Space`, `Enter`, `ArrowDown`, ...). */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Clicks the button named `name` and waits for the page heading `heading` (the next step). */
  async next(heading: string, button = 'Weiter'): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await this.page.getByRole('heading', { name: heading, exact: true }).waitFor();
  }
}
