import { efaFormStyles } from '@efa-forms/elements';
import { benchFields, RADIO_OPTIONS, type BenchField } from './generate.js';

/**
 * The default theme's CSS applied to the light DOM form (`:host` becomes the form's class), so both
 * sides pay the same style and layout costs and the ratio measures the component, not the CSS.
 */
function floorStyles(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = efaFormStyles.cssText.replace(/:host\b/g, '.plain-form');
  return style;
}

/**
 * The floor: the same form written by hand with plain DOM calls, as a careful developer would without
 * a framework: labels, hints, aria-describedby, required, inline errors after blur, an error summary
 * that takes focus, the same markup and classes as `<efa-form>` and the same stylesheet. No schema,
 * no validator library: the checks are hard-coded per kind.
 */
export function mountPlainForm(
  container: HTMLElement,
  count: number,
): { form: HTMLFormElement; submit(): void } {
  const fields = benchFields(count);
  const data: Record<string, unknown> = {};
  const touched = new Set<string>();
  const base = document.createElement('div');
  base.className = 'plain-form';
  const title = document.createElement('h2');
  title.className = 'title';
  title.textContent = `Formular mit ${count} Feldern`;
  const form = document.createElement('form');
  form.noValidate = true;
  base.append(floorStyles(), title, form);
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.id = 'error-summary';
  summary.tabIndex = -1;
  summary.hidden = true;
  form.append(summary);
  const heading = document.createElement('h3');
  heading.className = 'step-heading';
  heading.tabIndex = -1;
  heading.textContent = 'Angaben';
  const note = document.createElement('p');
  note.className = 'hint';
  note.textContent = 'Pflichtfelder sind mit * gekennzeichnet.';
  const list = document.createElement('div');
  list.className = 'fields';
  form.append(heading, note, list);
  const errorsByField = new Map<string, HTMLElement>();
  const controls = new Map<string, HTMLElement>();

  const check = (field: BenchField): string | undefined => {
    const value = data[field.name];
    if (value === undefined || value === '') return `Bitte geben Sie „${field.label}“ an.`;
    if (field.kind === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value)))
      return `„${field.label}“ muss eine E-Mail-Adresse sein.`;
    if (field.kind === 'integer' && !/^\d+$/.test(String(value)))
      return `„${field.label}“ muss eine ganze Zahl sein.`;
    return undefined;
  };

  const showError = (field: BenchField, message: string | undefined): void => {
    const wrapper = controls.get(field.name)?.closest('.field') as HTMLElement;
    wrapper.classList.toggle('field--error', message !== undefined);
    const control = controls.get(field.name) as HTMLElement;
    let error = errorsByField.get(field.name);
    if (message) {
      if (!error) {
        error = document.createElement('p');
        error.id = `${field.name}-error`;
        error.className = 'error';
        errorsByField.set(field.name, error);
        wrapper.insertBefore(
          error,
          wrapper.querySelector(':scope > input, :scope > .options, :scope > .option'),
        );
      }
      const prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = 'Fehler: ';
      error.replaceChildren(prefix, message);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute(
        'aria-describedby',
        [field.hint ? `${field.name}-hint` : '', error.id].filter(Boolean).join(' '),
      );
    } else if (error) {
      error.remove();
      errorsByField.delete(field.name);
      control.removeAttribute('aria-invalid');
      if (field.hint) control.setAttribute('aria-describedby', `${field.name}-hint`);
      else control.removeAttribute('aria-describedby');
    }
  };

  for (const field of fields) {
    const wrapper = document.createElement(field.kind === 'radio' ? 'fieldset' : 'div');
    wrapper.className = `field field--${field.kind === 'radio' ? 'radios' : field.kind === 'checkbox' ? 'checkbox' : 'input'}`;
    const label = document.createElement(field.kind === 'radio' ? 'legend' : 'label');
    label.className = field.kind === 'radio' ? 'legend' : 'label';
    label.textContent = field.label;
    const marker = document.createElement('span');
    marker.className = 'required';
    marker.setAttribute('aria-hidden', 'true');
    marker.textContent = ' *';
    label.append(marker);
    if (field.kind !== 'checkbox') wrapper.append(label);
    if (field.hint) {
      const hint = document.createElement('div');
      hint.id = `${field.name}-hint`;
      hint.className = 'hint';
      hint.textContent = field.hint;
      wrapper.append(hint);
    }
    if (field.kind === 'radio') {
      const options = document.createElement('div');
      options.className = 'options';
      RADIO_OPTIONS.forEach((option, index) => {
        const row = document.createElement('div');
        row.className = 'option';
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = field.name;
        input.id = index === 0 ? field.name : `${field.name}-${index}`;
        input.required = true;
        input.addEventListener('change', () => {
          data[field.name] = option.const;
          touched.add(field.name);
          showError(field, check(field));
        });
        const optionLabel = document.createElement('label');
        optionLabel.htmlFor = input.id;
        optionLabel.textContent = option.title;
        row.append(input, optionLabel);
        options.append(row);
        if (index === 0) controls.set(field.name, input);
      });
      if (field.hint) wrapper.setAttribute('aria-describedby', `${field.name}-hint`);
      wrapper.append(options);
    } else {
      const input = document.createElement('input');
      input.id = field.name;
      input.className = 'control';
      (label as HTMLLabelElement).htmlFor = input.id;
      input.required = true;
      if (field.hint) input.setAttribute('aria-describedby', `${field.name}-hint`);
      if (field.kind === 'checkbox') {
        input.type = 'checkbox';
        input.addEventListener('change', () => {
          data[field.name] = input.checked ? true : undefined;
          touched.add(field.name);
          showError(field, check(field));
        });
        input.className = '';
        const row = document.createElement('div');
        row.className = 'option';
        row.append(input, label);
        wrapper.append(row);
      } else {
        input.type = field.kind === 'email' ? 'email' : 'text';
        if (field.kind === 'integer') input.inputMode = 'numeric';
        input.addEventListener('input', () => {
          data[field.name] = input.value === '' ? undefined : input.value;
          if (touched.has(field.name)) showError(field, check(field));
        });
        input.addEventListener('change', () => {
          touched.add(field.name);
          showError(field, check(field));
        });
        wrapper.append(input);
      }
      controls.set(field.name, input);
    }
    list.append(wrapper);
  }

  const actions = document.createElement('div');
  actions.className = 'actions';
  const submitButton = document.createElement('button');
  submitButton.className = 'button button--primary';
  submitButton.textContent = 'Weiter';
  actions.append(submitButton);
  form.append(actions);

  const submit = (): void => {
    const problems: [BenchField, string][] = [];
    for (const field of fields) {
      const message = check(field);
      showError(field, message);
      if (message) problems.push([field, message]);
    }
    summary.replaceChildren();
    summary.hidden = problems.length === 0;
    if (problems.length === 0) return;
    const summaryTitle = document.createElement('h3');
    summaryTitle.className = 'error-summary-title';
    summaryTitle.textContent = 'Bitte korrigieren Sie Ihre Angaben';
    const links = document.createElement('ul');
    links.className = 'error-summary-list';
    for (const [field, message] of problems) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${field.name}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        controls.get(field.name)?.focus();
      });
      item.append(link);
      links.append(item);
    }
    summary.append(summaryTitle, links);
    summary.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  container.append(base);
  return { form, submit };
}
