import type { Definition } from '@efa-forms/core';
import { behoerdeFromTenant, toBehoerde, type Behoerde, type HeaderOptions } from '../header.js';

const NO_OPTIONS: HeaderOptions = {};
const parties = new WeakMap<object, WeakMap<HeaderOptions, { leser: Behoerde; autor: Behoerde }>>();

/**
 * The reader and author a message gets for a definition, tenant and header options. Cached per tenant
 * object and options object (the header is the same for every message of a tenant), so treat both as
 * immutable: pass new objects to change the header.
 */
export function headerParties(
  definition: Pick<Definition, 'tenantData'>,
  tenant: Record<string, unknown> | undefined,
  options: HeaderOptions = NO_OPTIONS,
): { leser: Behoerde; autor: Behoerde } {
  const source = tenant ?? definition.tenantData ?? NO_OPTIONS;
  let byOptions = parties.get(source);
  if (!byOptions) parties.set(source, (byOptions = new WeakMap()));
  let result = byOptions.get(options);
  if (!result) {
    let fromTenant: Behoerde | undefined;
    const tenantBehoerde = () => (fromTenant ??= behoerdeFromTenant(source));
    const leser = options.leser ? toBehoerde(options.leser) : tenantBehoerde();
    const autor = options.autor ? toBehoerde(options.autor) : tenantBehoerde();
    result = { leser, autor };
    byOptions.set(options, result);
  }
  return result;
}
