import { formatNumber, unhandledKeyword, type MessageLocale } from './messages.js';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of answers',
  null: 'empty',
};

const formatHints: Record<string, string> = {
  email: 'a valid email address (like name@example.com)',
  date: 'a real date',
  'date-time': 'a real date and time with a time zone',
  time: 'a valid time with a time zone (like 14:30:00+01:00)',
  uri: 'a full web address (https://…)',
  url: 'a full web address (https://…)',
  'de-postcode': 'a 5-digit German postcode',
  iban: 'a valid IBAN (like DE89 3704 0044 0532 0130 00)',
  'de-steuer-id': 'a valid German tax ID (11 digits)',
  'de-licence-plate': 'a valid German licence plate (like B-AB 1234)',
  uuid: 'a valid UUID',
};

/** English validation messages. */
export const en: MessageLocale = {
  wholeForm: 'Your answers',
  error({ keyword, params, label }) {
    const field = `“${label}”`;
    const n = (value: unknown) => formatNumber(value, 'en-GB');
    switch (keyword) {
      case 'required':
      case 'dependentRequired':
        return `Enter ${field}.`;
      case 'type':
        return `${field} must be ${typeNames[String(params.type).split(',')[0] ?? ''] ?? String(params.type)}.`;
      case 'coerce':
        return `${field} must be ${typeNames[String(params.type)] ?? 'a valid value'}.`;
      case 'minLength':
        return params.limit === 1
          ? `Enter ${field}.`
          : `${field} must be ${n(params.limit)} characters or more.`;
      case 'maxLength':
        return `${field} must be ${n(params.limit)} characters or fewer.`;
      case 'pattern':
        return `${field} is not in the expected format.`;
      case 'format': {
        const format = String(params.format);
        if (format.startsWith('din-91379')) return `${field} contains characters that are not allowed here.`;
        const hint = formatHints[format];
        return hint ? `${field} must be ${hint}.` : `${field} must be in the format “${format}”.`;
      }
      case 'minimum':
        return `${field} must be ${n(params.limit)} or more.`;
      case 'exclusiveMinimum':
        return `${field} must be more than ${n(params.limit)}.`;
      case 'maximum':
        return `${field} must be ${n(params.limit)} or less.`;
      case 'exclusiveMaximum':
        return `${field} must be less than ${n(params.limit)}.`;
      case 'formatMinimum':
        return `${field} must not be before ${String(params.limit)}.`;
      case 'formatExclusiveMinimum':
        return `${field} must be after ${String(params.limit)}.`;
      case 'formatMaximum':
        return `${field} must not be after ${String(params.limit)}.`;
      case 'formatExclusiveMaximum':
        return `${field} must be before ${String(params.limit)}.`;
      case 'multipleOf':
        return `${field} must be a multiple of ${n(params.multipleOf)}.`;
      case 'const':
        return params.allowedValue === true
          ? `Confirm ${field}.`
          : `${field} must be “${String(params.allowedValue)}”.`;
      case 'enum':
        return `Select one of the options for ${field}.`;
      case 'minItems':
        return `Add at least ${n(params.limit)} ${params.limit === 1 ? 'entry' : 'entries'} to ${field}.`;
      case 'maxItems':
        return `${field} can have ${n(params.limit)} ${params.limit === 1 ? 'entry' : 'entries'} at most.`;
      case 'uniqueItems':
        return `${field} is listed twice.`;
      case 'contains':
        return `${field} has no matching entry.`;
      case 'additionalProperties':
      case 'unevaluatedProperties':
        return `${field} is not expected here.`;
      case 'minProperties':
        return `Fill in at least ${n(params.limit)} ${params.limit === 1 ? 'answer' : 'answers'} in ${field}.`;
      case 'oneOf':
      case 'anyOf':
        return `The answers in ${field} do not match any of the possible variants.`;
      case 'not':
        return `${field} has a value that is not allowed here.`;
      case 'xmlChar':
        return `${field} contains a character that cannot be sent (position ${n(params.position)}).`;
      case 'limit':
        return params.limit === 'maxDepth'
          ? `The data is nested too deeply (more than ${n(params.max)} levels).`
          : params.limit === 'maxStringLength'
            ? `A text is too long (more than ${n(params.max)} characters).`
            : params.limit === 'maxArrayLength'
              ? `A list is too long (more than ${n(params.max)} entries).`
              : params.limit === 'maxErrors'
                ? `There are more errors; the first ${n(params.max)} are listed.`
                : `The data is too large (more than ${n(params.max)} values).`;
      case 'items':
      case 'additionalItems':
      case 'unevaluatedItems':
      case 'propertyNames':
      case 'maxProperties':
        return `${field} is not valid.`;
      default:
        return unhandledKeyword(keyword);
    }
  },
};
