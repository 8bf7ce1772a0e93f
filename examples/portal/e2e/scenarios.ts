import type { Page } from 'playwright';
import { bewohnerparkausweisData, fillBewohnerparkausweis } from './bewohnerparkausweis.js';
import { fillGewerbeabmeldung, gewerbeabmeldungData } from './gewerbeabmeldung.js';
import { fillGewerbeanmeldung, gewerbeanmeldungData } from './gewerbeanmeldung.js';
import { fillGewerbeummeldung, gewerbeummeldungData } from './gewerbeummeldung.js';
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
 * none and is not listed in `withoutScenario`, so a new example cannot ship without being filled in
 * end to end.
 */
export const scenarios: Record<string, Scenario> = {
  gewerbeanmeldung: {
    fill: fillGewerbeanmeldung,
    data: gewerbeanmeldungData,
    serverErrorAt: { pointer: '/kontakt/telefon', step: 'Anschrift und Kontakt', label: 'Telefon' },
  },
  gewerbeummeldung: {
    fill: fillGewerbeummeldung,
    data: gewerbeummeldungData,
    serverErrorAt: {
      pointer: '/ummeldung/taetigkeit',
      step: 'Angaben zur Ummeldung',
      label: 'Ausgeübte Tätigkeit nach der Änderung',
    },
  },
  gewerbeabmeldung: {
    fill: fillGewerbeabmeldung,
    data: gewerbeabmeldungData,
    // A field that only the reason "Übergabe" asks for.
    serverErrorAt: {
      pointer: '/abmeldung/nachfolger',
      step: 'Angaben zur Abmeldung',
      label: 'Name der künftigen Gewerbetreibenden oder künftige Firma',
    },
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

/**
 * Services the portal offers without an end-to-end scenario yet, each with the reason (none now:
 * every example is filled in end to end).
 */
export const withoutScenario: readonly string[] = [];
