import type { Page } from 'playwright';
import { bewohnerparkausweisData, fillBewohnerparkausweis } from './bewohnerparkausweis.js';
import { fillGewerbeanmeldung, gewerbeanmeldungData } from './gewerbeanmeldung.js';
import { fillSondernutzung, sondernutzungData } from './sondernutzung.js';

/** How a person fills in one service, and the data the back office must then receive. */
export interface Scenario {
  fill(page: Page): Promise<void>;
  data: Record<string, unknown>;
  /** A text field the test has the intake object to (422), with its step heading and label. */
  serverErrorAt: { pointer: string; step: string; label: string };
}

/**
 * One scenario per example service. The end-to-end test fails for a service in the portal that has
 * none, so a new example cannot ship without being filled in end to end.
 */
export const scenarios: Record<string, Scenario> = {
  gewerbeanmeldung: {
    fill: fillGewerbeanmeldung,
    data: gewerbeanmeldungData,
    serverErrorAt: { pointer: '/kontakt/telefon', step: 'Anschrift und Kontakt', label: 'Telefon' },
  },
  bewohnerparkausweis: {
    fill: fillBewohnerparkausweis,
    data: bewohnerparkausweisData,
    serverErrorAt: { pointer: '/fahrzeug/kennzeichen', step: 'Fahrzeug', label: 'Amtliches Kennzeichen' },
  },
  sondernutzung: {
    fill: fillSondernutzung,
    data: sondernutzungData,
    serverErrorAt: { pointer: '/ort/strasse', step: 'Was und wo', label: 'Straße' },
  },
};
