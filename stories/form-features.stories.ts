import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ServiceDefinition } from '@efa-forms/core';
import { draftStorageKey, type EfaSubmitEvent } from '@efa-forms/elements';
import { kitchenSink } from '../packages/elements/src/test-support/kitchen-sink.js';
import { fieldCatalogue } from './internal/field-catalogue.js';
import { formArgTypes, formArgs, formIn, renderForm, type FormArgs } from './internal/form-story.js';
import { pressPrimary } from './internal/navigation.js';

/**
 * The form's features on the kitchen-sink definition of the elements tests (every field kind, a
 * condition, a repeat group, three steps) and on small definitions for one feature each.
 */
interface FeatureArgs extends FormArgs {
  definition: ServiceDefinition;
}

const meta: Meta<FeatureArgs> = {
  title: 'Form/Features',
  component: 'efa-form',
  args: { ...formArgs, definition: kitchenSink },
  argTypes: { ...formArgTypes, definition: { control: 'object', description: 'The service definition.' } },
  render: (args) => renderForm({ definition: args.definition }, args),
};
export default meta;

type Story = StoryObj<FeatureArgs>;

/** From the kitchen sink's first step through the other two to the review page. */
async function toReview(shadow: Awaited<ReturnType<typeof formIn>>['shadow']): Promise<void> {
  await pressPrimary(shadow, 'Weiter', 'Betrieb');
  await pressPrimary(shadow, 'Weiter', 'Erklärungen');
  await pressPrimary(shadow, 'Weiter zur Übersicht', 'Angaben prüfen');
}

/** Answers that pass the kitchen sink's three steps. */
const valid = {
  name: 'Erika Mustermann',
  rechtsform: 'einzel',
  anschrift: { strasse: 'Rathausplatz 1', plz: '12345' },
  zustimmung: true,
  vorbestraft: false,
};

export const WizardProgress: Story = {
  args: { data: { name: 'Erika Mustermann' } },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    expect(shadow.getByText('Schritt 1 von 3')).toBeVisible();
    await pressPrimary(shadow, 'Weiter', 'Betrieb');
    expect(shadow.getByText('Schritt 2 von 3')).toBeVisible();
    await userEvent.click(shadow.getByRole('button', { name: 'Zurück' }));
    await expect(await shadow.findByRole('heading', { name: 'Angaben zur Person' })).toBeVisible();
  },
};

export const ErrorSummaryAfterNext: Story = {
  play: async ({ canvasElement }) => {
    const { form, shadow } = await formIn(canvasElement);
    await userEvent.click(shadow.getByRole('button', { name: 'Weiter' }));
    const title = await shadow.findByRole('heading', { name: 'Bitte korrigieren Sie Ihre Angaben' });
    // The summary takes focus, its links lead to the fields.
    const summary = title.closest('[part~="error-summary"]');
    await waitFor(() => expect(summary?.contains(form.shadowRoot?.activeElement ?? null)).toBe(true));
    const link = shadow.getByRole('link', { name: /Name/ });
    await userEvent.click(link);
    const name = shadow.getByRole('textbox', { name: /^Name/ });
    await waitFor(() => expect(form.shadowRoot?.activeElement).toBe(name));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(shadow.getByText('Schritt 1 von 3')).toBeVisible();
  },
};

export const ReviewPage: Story = {
  args: { data: valid },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    await toReview(shadow);
    expect(shadow.getByText('Erika Mustermann')).toBeVisible();
    expect(shadow.getAllByRole('button', { name: /^Ändern/ }).length).toBe(3);
  },
};

/** The whole flow: fill a field, continue, open the review page, change an answer, submit. */
export const FillReviewChangeSubmit: Story = {
  args: { data: { rechtsform: 'einzel', anschrift: valid.anschrift, zustimmung: true, vorbestraft: false } },
  play: async ({ canvasElement }) => {
    const { form, shadow } = await formIn(canvasElement);
    const submitted = new Promise<EfaSubmitEvent>((resolve) =>
      form.addEventListener('efa-submit', (event) => resolve(event as EfaSubmitEvent), { once: true }),
    );
    await userEvent.type(shadow.getByRole('textbox', { name: /^Name/ }), 'Erika Musterfrau');
    await toReview(shadow);
    expect(shadow.getByText('Erika Musterfrau')).toBeVisible();
    await userEvent.click(shadow.getByRole('button', { name: /^Ändern\s?: Angaben zur Person/ }));
    const name = (await shadow.findByRole('textbox', { name: /^Name/ })) as HTMLInputElement;
    // Typing over the selected answer (user-event's `clear` cannot see focus inside a shadow root).
    await userEvent.type(name, 'Erika Mustermann', {
      initialSelectionStart: 0,
      initialSelectionEnd: name.value.length,
    });
    await pressPrimary(shadow, 'Weiter zur Übersicht', 'Angaben prüfen');
    expect(shadow.getByText('Erika Mustermann')).toBeVisible();
    await pressPrimary(shadow, 'Absenden', 'Vielen Dank');
    const event = await submitted;
    expect(event.detail.data).toMatchObject({ name: 'Erika Mustermann', rechtsform: 'einzel' });
    expect(event.detail.serviceId).toBe('kitchen-sink');
  },
};

/** A definition with only the repeat group of the field catalogue. */
const repeatGroup: ServiceDefinition = {
  id: 'wiederholgruppe',
  version: '1.0.0',
  title: 'Gesellschafter angeben',
  schema: { type: 'object', properties: { personen: fieldCatalogue.array.schema } },
  steps: [{ id: 'personen', title: 'Gesellschafter', fields: ['/personen'] }],
};

export const RepeatGroupNone: Story = {
  args: { definition: repeatGroup },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    expect(shadow.getByText('Noch keine Einträge.')).toBeVisible();
    await userEvent.click(shadow.getByRole('button', { name: /Eintrag hinzufügen/ }));
    await expect(await shadow.findByRole('group', { name: /Gesellschafter 1/ })).toBeVisible();
  },
};

export const RepeatGroupOne: Story = {
  args: { definition: repeatGroup, data: { personen: [{ vorname: 'Erika', nachname: 'Mustermann' }] } },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    expect(shadow.getAllByRole('button', { name: /^Entfernen/ })).toHaveLength(1);
    await userEvent.click(shadow.getByRole('button', { name: /^Entfernen/ }));
    await expect(await shadow.findByText('Noch keine Einträge.')).toBeVisible();
  },
};

export const RepeatGroupMany: Story = {
  args: {
    definition: repeatGroup,
    data: {
      personen: [
        { vorname: 'Erika', nachname: 'Mustermann' },
        { vorname: 'Max', nachname: 'Mustermann' },
        { vorname: 'Clara', nachname: 'Beispiel' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    expect(shadow.getAllByRole('button', { name: /^Entfernen/ })).toHaveLength(3);
    // maxItems 3: no fourth.
    expect(shadow.queryByRole('button', { name: /Eintrag hinzufügen/ })).toBeNull();
  },
};

/** The kitchen sink's second step: `Registernummer` is asked only for a GmbH. */
const onBetrieb = { ...valid, rechtsform: 'einzel' };

export const ConditionalBeforeItHolds: Story = {
  args: { data: onBetrieb },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    await pressPrimary(shadow, 'Weiter', 'Betrieb');
    expect(shadow.queryByRole('textbox', { name: /Registernummer/ })).toBeNull();
  },
};

export const ConditionalAfterItHolds: Story = {
  args: { data: onBetrieb },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    await pressPrimary(shadow, 'Weiter', 'Betrieb');
    await userEvent.click(shadow.getByRole('radio', { name: 'GmbH' }));
    const field = await shadow.findByRole('textbox', { name: /Registernummer/ });
    expect(field).toBeRequired();
    expect(field).toHaveAccessibleDescription(/HRB-Nummer/);
  },
};

const upload: ServiceDefinition = {
  id: 'nachweis',
  version: '1.0.0',
  title: 'Nachweis hochladen',
  schema: { type: 'object', properties: { nachweis: fieldCatalogue.file.schema }, required: ['nachweis'] },
  steps: [{ id: 'nachweis', title: 'Nachweis', fields: ['/nachweis'] }],
};

export const FileUploadRejected: Story = {
  args: { definition: upload },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    const input = shadow.getByLabelText(/^Nachweis/) as HTMLInputElement;
    // As a person can (choose "all files" in the dialogue): user-event would drop a file `accept` excludes.
    const person = userEvent.setup({ applyAccept: false });
    await person.upload(input, new File(['nicht erlaubt'], 'foto.png', { type: 'image/png' }));
    expect((await shadow.findAllByText(/nicht erlaubten Typ/))[0]).toBeVisible();
    await person.upload(input, new File([new Uint8Array(4096)], 'gross.pdf', { type: 'application/pdf' }));
    expect((await shadow.findAllByText(/ist zu groß/))[0]).toBeVisible();
  },
};

/** Its own id, so no other story's draft is offered and this one's never leaks into another. */
const drafted: ServiceDefinition = { ...kitchenSink, id: 'kitchen-sink-entwurf' };
const draftKey = draftStorageKey(`${drafted.id}@${drafted.version}`);

export const RestoredDraftNotice: Story = {
  args: { definition: drafted, autosave: 'session' },
  beforeEach: () => {
    sessionStorage.setItem(
      draftKey,
      JSON.stringify({
        savedAt: '2026-11-30T10:15:00.000Z',
        state: { data: { name: 'Erika Entwurf' }, step: 'person', view: 'form' },
      }),
    );
    return () => sessionStorage.removeItem(draftKey);
  },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    expect(shadow.getByText(/wurden wiederhergestellt/)).toBeVisible();
    expect(shadow.getByRole('textbox', { name: /^Name/ })).toHaveValue('Erika Entwurf');
    await userEvent.click(shadow.getByRole('button', { name: 'Verwerfen' }));
    await waitFor(() => expect(shadow.queryByText(/wurden wiederhergestellt/)).toBeNull());
    expect(sessionStorage.getItem(draftKey)).toBeNull();
  },
};

export const SubmittedConfirmation: Story = {
  args: { data: valid },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    await toReview(shadow);
    await pressPrimary(shadow, 'Absenden', 'Vielen Dank');
    expect(shadow.getByText('Ihre Angaben wurden übermittelt.')).toBeVisible();
  },
};

/** The portal's own confirmation in the `submitted` slot, and a privacy notice in `intro`. */
export const SubmittedSlotAndIntro: Story = {
  args: { data: valid },
  render: (args) =>
    html`<efa-form .definition=${args.definition} .data=${args.data} locale=${args.locale}>
      <p slot="intro">Hinweise zum Datenschutz finden Sie in der Datenschutzerklärung des Portals.</p>
      <p slot="submitted">Ihr Vorgang hat die Nummer GEW-2026-0042. Sie erhalten eine E-Mail.</p>
    </efa-form>`,
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    expect(canvasElement.querySelector('[slot="intro"]')).toBeVisible();
    await toReview(shadow);
    await pressPrimary(shadow, 'Absenden', 'Vielen Dank');
    expect(canvasElement.querySelector('[slot="submitted"]')).toBeVisible();
  },
};
