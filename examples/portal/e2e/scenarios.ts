import type { Page } from 'playwright';
import { fillGewerbeanmeldung, gewerbeanmeldungData } from './gewerbeanmeldung.js';

/** How a person fills in one service, and the data the back office must then receive. */
export interface Scenario {
  fill(page: Page): Promise<void>;
  data: Record<string, unknown>;
}

/**
 * One scenario per example service. The end-to-end test fails for a service in the portal that has
 * none, so a new example cannot ship without being filled in end to end.
 */
export const scenarios: Record<string, Scenario> = {
  gewerbeanmeldung: { fill: fillGewerbeanmeldung, data: gewerbeanmeldungData },
};
