import {
  ENUM_OPTIONS,
  INTEGER_RANGE,
  MIN_LENGTH,
  PATTERN,
  type BenchField,
  type BenchGroup,
} from './generate.js';

/**
 * The floor: the same form written by hand with plain DOM calls, as a careful developer would without
 * a framework: labels, fieldsets per group, aria-describedby, required, inline errors after blur, an
 * error summary that takes focus, the same markup and classes as `<efa-form>` and its stylesheet
 * (plain.css, written by the bundler from efa's theme). No schema, no validator library: the checks
 * are hard-coded per kind.
 */
export function mountPlainForm(
  container: HTMLElement,
  groups: BenchGroup[],
): { form: HTMLFormElement; submit(): void; data: Record<string, unknown> } {
  const fields = groups.flatMap((group) => group.fields);
  const count = fields.length;
  const data: Record<string, unknown> = {};
  const pattern = new RegExp(PATTERN);
  const touched = new Set<string>();
  const base = document.createElement('div');
  base.className = 'plain-form';
  const title = document.createElement('h2');
  title.className = 'title';
  title.textContent = `Formular mit ${count} Feldern`;
  const form = document.createElement('form');
  form.noValidate = true;
  base.append(title, form);
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
    const value = data[field.path];
    if (value === undefined || value === '') return `Bitte geben Sie „${field.label}“ an.`;
    const text = String(value);
    if (field.kind === 'minLength' && text.length < MIN_LENGTH)
      return `„${field.label}“ muss mindestens ${MIN_LENGTH} Zeichen lang sein.`;
    if (field.kind === 'pattern' && !pattern.test(text))
      return `„${field.label}“ hat nicht das richtige Format.`;
    if (field.kind === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text))
      return `„${field.label}“ muss eine E-Mail-Adresse sein.`;
    if (field.kind === 'integer') {
      if (!/^-?\d+$/.test(text)) return `„${field.label}“ muss eine ganze Zahl sein.`;
      const number = Number(text);
      if (number < INTEGER_RANGE.minimum || number > INTEGER_RANGE.maximum)
        return `„${field.label}“ muss zwischen ${INTEGER_RANGE.minimum} und ${INTEGER_RANGE.maximum} liegen.`;
    }
    return undefined;
  };

  const showError = (field: BenchField, message: string | undefined): void => {
    const wrapper = controls.get(field.path)?.closest('.field') as HTMLElement;
    wrapper.classList.toggle('field--error', message !== undefined);
    const control = controls.get(field.path) as HTMLElement;
    let error = errorsByField.get(field.path);
    if (message) {
      if (!error) {
        error = document.createElement('p');
        error.id = `${field.name}-error`;
        error.className = 'error';
        errorsByField.set(field.path, error);
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
      control.setAttribute('aria-describedby', error.id);
    } else if (error) {
      error.remove();
      errorsByField.delete(field.path);
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
    }
  };

  const renderField = (field: BenchField, parent: HTMLElement): void => {
    const radio = field.kind === 'enum';
    const checkbox = field.kind === 'boolean';
    const wrapper = document.createElement(radio ? 'fieldset' : 'div');
    wrapper.className = `field field--${radio ? 'radios' : checkbox ? 'checkbox' : 'input'}`;
    const label = document.createElement(radio ? 'legend' : 'label');
    label.className = radio ? 'legend' : 'label';
    label.textContent = field.label;
    const marker = document.createElement('span');
    marker.className = 'required';
    marker.setAttribute('aria-hidden', 'true');
    marker.textContent = ' *';
    label.append(marker);
    if (!checkbox) wrapper.append(label);
    if (radio) {
      const options = document.createElement('div');
      options.className = 'options';
      ENUM_OPTIONS.forEach((option, index) => {
        const row = document.createElement('div');
        row.className = 'option';
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = field.path;
        input.id = index === 0 ? field.name : `${field.name}-${index}`;
        input.required = true;
        input.addEventListener('change', () => {
          data[field.path] = option;
          touched.add(field.path);
          showError(field, check(field));
        });
        const optionLabel = document.createElement('label');
        optionLabel.htmlFor = input.id;
        optionLabel.textContent = option;
        row.append(input, optionLabel);
        options.append(row);
        if (index === 0) controls.set(field.path, input);
      });
      wrapper.append(options);
    } else {
      const input = document.createElement('input');
      input.id = field.name;
      input.className = 'control';
      (label as HTMLLabelElement).htmlFor = input.id;
      input.required = true;
      if (checkbox) {
        input.type = 'checkbox';
        input.addEventListener('change', () => {
          data[field.path] = input.checked ? true : undefined;
          touched.add(field.path);
          showError(field, check(field));
        });
        input.className = '';
        const row = document.createElement('div');
        row.className = 'option';
        row.append(input, label);
        wrapper.append(row);
      } else {
        input.type = field.kind === 'email' ? 'email' : field.kind === 'date' ? 'date' : 'text';
        if (field.kind === 'integer') input.inputMode = 'numeric';
        input.addEventListener('input', () => {
          data[field.path] = input.value === '' ? undefined : input.value;
          if (touched.has(field.path)) showError(field, check(field));
        });
        input.addEventListener('change', () => {
          touched.add(field.path);
          showError(field, check(field));
        });
        wrapper.append(input);
      }
      controls.set(field.path, input);
    }
    parent.append(wrapper);
  };

  // One fieldset per nested object, as <efa-form> renders it.
  for (const group of groups) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'field field--object';
    fieldset.id = group.name;
    fieldset.tabIndex = -1;
    const legend = document.createElement('legend');
    legend.className = 'legend';
    legend.textContent = group.title;
    const inner = document.createElement('div');
    inner.className = 'fields';
    fieldset.append(legend, inner);
    for (const field of group.fields) renderField(field, inner);
    list.append(fieldset);
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
        controls.get(field.path)?.focus();
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
  return { form, submit, data };
}
