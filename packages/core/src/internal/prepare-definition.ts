import type { Definition, Locale, ServiceDefinition, StepDefinition } from '../definition.js';
import { describeObject } from '../describe-object.js';
import { formatPointer, isPlainObject, setAt } from '../pointer.js';
import { cloneJson } from './clone-json.js';
import { fillPlaceholders } from './tenant-placeholders.js';
import { applyTenantOptions } from './tenant-options.js';

/**
 * A checked definition prepared for use: translations for the locale applied, `{tenant.*}` filled,
 * steps completed. Shared by `loadDefinition` and compiled services (which were checked at build time).
 */
export function prepareDefinition(
  source: ServiceDefinition,
  options: { tenant?: unknown; locale?: Locale },
  strict: boolean,
): Definition {
  const locale = options.locale ?? 'de';
  let definition = cloneJson(source);
  const texts = definition.translations?.[locale];
  if (texts && locale !== 'de') {
    for (const [pointer, text] of Object.entries(texts)) definition = setAt(definition, pointer, text);
  }
  const tenantData = isPlainObject(options.tenant) ? cloneJson(options.tenant) : {};
  if (isPlainObject(options.tenant)) {
    const { tenant: tenantSchema, ...rest } = definition;
    definition = {
      ...fillPlaceholders(rest, tenantData),
      ...(tenantSchema ? { tenant: tenantSchema } : {}),
    } as ServiceDefinition;
    applyTenantOptions(definition.schema, tenantData);
  }
  const steps: StepDefinition[] = definition.steps ?? [
    {
      id: 'angaben',
      title: definition.title,
      fields: describeObject({ schema: definition.schema, strict }, definition.schema).map((field) =>
        formatPointer([field.name]),
      ),
    },
  ];
  return { ...definition, steps, locale, tenantData, strict };
}
