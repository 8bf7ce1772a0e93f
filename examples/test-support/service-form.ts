/**
 * Browser test support for the example services: `<efa-form>` mounted with a definition and its tenant,
 * the last `efa-submit` kept, and files made from a sample's base64 content (what a person would pick).
 */
import type { EfaSubmitEvent } from '../../packages/elements/src/events.js';
import type { EfaForm } from '../../packages/elements/src/efa-form.js';
import { mount } from '../../packages/elements/src/test-support/mount.js';

/** A mounted service form and the detail of its last `efa-submit` (undefined before one). */
export interface ServiceForm {
  form: EfaForm;
  submitted(): EfaSubmitEvent['detail'] | undefined;
}

/** Mounts `<efa-form>` with the definition and the tenant configuration, as a portal would. */
export async function mountService(definition: unknown, tenant: unknown): Promise<ServiceForm> {
  let detail: EfaSubmitEvent['detail'] | undefined;
  const form = await mount((el) => {
    el.definition = definition;
    el.tenant = tenant;
  });
  form.addEventListener('efa-submit', (event: EfaSubmitEvent) => (detail = event.detail));
  return { form, submitted: () => detail };
}

/** The file whose content a sample holds in base64. */
export function fileFromBase64(base64: string, name: string, type: string): File {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new File([bytes], name, { type });
}
