import { matchesQuery, resultCountText } from '../client/service-search.js';
import type { PortalConfig, PortalService } from './catalogue.js';
import { html, type SafeHtml } from './html.js';

/** What every page needs from the portal. */
export interface PageContext {
  config: PortalConfig;
}

interface LayoutOptions {
  /** The page's own part of `<title>` (the portal name follows). */
  title: string;
  /** `data-page` on `<body>`: which enhancement portal.js applies. */
  page: 'start' | 'service' | 'confirmation' | 'not-found';
  /** Breadcrumb trail after "Startseite"; the last entry is the current page. */
  breadcrumbs?: { label: string; href?: string }[];
  /** Extra module scripts (the element bundle on service pages). */
  scripts?: string[];
  main: SafeHtml;
}

function layout(context: PageContext, options: LayoutOptions): string {
  const { config } = context;
  const crumbs = options.breadcrumbs ?? [];
  return html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} – ${config.name}</title>
        <link rel="icon" href="/assets/portal/wappen.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/portal/portal.css" />
        <script type="module" src="/assets/portal/portal.js"></script>
        ${(options.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script> `)}
      </head>
      <body data-page="${options.page}">
        <a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="brand" href="/">
              <img class="brand__logo" src="/assets/portal/wappen.svg" alt="" width="36" height="42" />
              <span class="brand__text"
                ><span class="brand__name">${config.name}</span>
                <span class="brand__claim">Online-Dienste der ${config.kommune}</span></span
              >
            </a>
          </div>
        </header>
        ${
          crumbs.length > 0
            ? html`<nav class="breadcrumbs" aria-label="Brotkrumen">
                <ol>
                  <li><a href="/">Startseite</a></li>
                  ${crumbs.map((crumb, index) =>
                    index === crumbs.length - 1 || !crumb.href
                      ? html`<li><span aria-current="page">${crumb.label}</span></li>`
                      : html`<li><a href="${crumb.href}">${crumb.label}</a></li>`,
                  )}
                </ol>
              </nav>`
            : ''
        }
        <main id="inhalt" class="main" tabindex="-1">${options.main}</main>
        <footer class="site-footer">
          <p>${config.kommune} · Rathausplatz 1 · 12345 Musterstadt</p>
          <p>Ein Demonstrationsportal von efa-forms: Anträge werden nicht bearbeitet.</p>
        </footer>
      </body>
    </html> `.text;
}

/** URL of a service's page. */
export const servicePath = (id: string): string => `/leistungen/${encodeURIComponent(id)}`;

/**
 * The start page: every service grouped by OZG Themenfeld, with a search by name. With `query`
 * (`/?q=`, the search without JavaScript) the services that do not match are `hidden`; they stay in
 * the page so that portal.js can filter again as the person types.
 */
export function startPage(context: PageContext, services: PortalService[], query: string): string {
  const groups = new Map<string, { title: string; services: PortalService[] }>();
  for (const service of services) {
    const group = groups.get(service.themenfeld.id) ?? { title: service.themenfeld.title, services: [] };
    group.services.push(service);
    groups.set(service.themenfeld.id, group);
  }
  const count = services.filter((service) => matchesQuery(service.title, query)).length;
  const main = html` <h1>Online-Dienste der ${context.config.kommune}</h1>
    <p class="lead">
      Erledigen Sie Ihre Anliegen bei der Stadtverwaltung online – rund um die Uhr und ohne Termin.
    </p>
    <form class="service-search" role="search" action="/" method="get">
      <label class="service-search__label" for="suche">Leistung suchen</label>
      <p class="hint" id="suche-hinweis">Zum Beispiel „Gewerbe“ oder „Parkausweis“.</p>
      <div class="service-search__row">
        <input
          type="search"
          id="suche"
          name="q"
          value="${query}"
          autocomplete="off"
          aria-describedby="suche-hinweis"
        />
        <button type="submit" class="button">Suchen</button>
      </div>
    </form>
    <p class="result-count" id="trefferzahl" role="status">${resultCountText(count, query)}</p>
    ${[...groups].map(([id, group]) => {
      const shown = group.services.filter((service) => matchesQuery(service.title, query)).length;
      return html`<section
        class="themenfeld"
        aria-labelledby="themenfeld-${id}"
        data-themenfeld
        ${shown === 0 ? html`hidden` : ''}
      >
        <h2 id="themenfeld-${id}">${group.title}</h2>
        <ul class="service-list">
          ${group.services.map(
            (service) =>
              html`<li
                class="service-card"
                data-service-name="${service.title}"
                ${matchesQuery(service.title, query) ? '' : html`hidden`}
              >
                <a class="service-card__link" href="${servicePath(service.id)}">${service.title}</a>
                <p class="service-card__text">${service.description}</p>
              </li> `,
          )}
        </ul>
      </section> `;
    })}`;
  return layout(context, { title: 'Startseite', page: 'start', main });
}

/**
 * One service's page: `<efa-form>` with the compiled service and the municipality's tenant. portal.js
 * sends the submit to the intake (`data-submit-url`) and opens the confirmation page.
 */
export function servicePage(context: PageContext, service: PortalService): string {
  const main = html` <h1>${service.title}</h1>
    <p class="lead">${service.description}</p>
    <p class="sending" id="sendestatus" role="status"></p>
    <div class="problem" id="uebermittlung" role="alert" tabindex="-1"></div>
    <efa-form
      src="/assets/services/${encodeURIComponent(service.id)}.js"
      tenant="${JSON.stringify(service.tenant)}"
      heading-level="1"
      data-submit-url="/api/services/${encodeURIComponent(service.id)}/submissions"
      data-confirmation-url="${servicePath(service.id)}/eingang/"
    ></efa-form>
    <noscript
      ><p class="problem">
        Dieses Formular braucht JavaScript. Bitte schalten Sie es ein oder wenden Sie sich an die
        ${context.config.kommune}.
      </p></noscript
    >`;
  return layout(context, {
    title: service.title,
    page: 'service',
    breadcrumbs: [{ label: service.title }],
    scripts: ['/assets/efa-forms.js'],
    main,
  });
}

/** How the confirmation page writes the time of receipt ("1. Dezember 2026, 09:12 Uhr"). */
function receivedText(receivedAt: string | undefined): string | undefined {
  if (!receivedAt) return undefined;
  const date = new Date(receivedAt);
  if (Number.isNaN(date.getTime())) return undefined;
  const text = new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
  return `${text} Uhr`;
}

/**
 * The confirmation after a submit: the Vorgangsnummer, and (for the demo) the XÖV message the back
 * office received, which portal.js loads from the intake and pretty-prints, with a download link.
 */
export function confirmationPage(
  context: PageContext,
  service: PortalService,
  vorgangsnummer: string,
  receivedAt: string | undefined,
): string {
  const xmlUrl = `/api/services/${encodeURIComponent(service.id)}/submissions/${encodeURIComponent(vorgangsnummer)}`;
  const received = receivedText(receivedAt);
  const main = html` <div class="confirmation">
      <h1>Ihr Antrag ist eingegangen</h1>
      <p>
        Die ${context.config.kommune} hat Ihren Antrag „${service.title}“
        erhalten${received ? html` (am ${received})` : ''}.
      </p>
      <p class="confirmation__label">Ihre Vorgangsnummer</p>
      <p class="confirmation__number">${vorgangsnummer}</p>
      <p>Bitte geben Sie diese Nummer bei Rückfragen an.</p>
    </div>
    <h2>Die übermittelte XÖV-Nachricht</h2>
    <p>So ist Ihr Antrag im Fachverfahren der Verwaltung angekommen (Ansicht für die Demonstration).</p>
    <p>
      <a class="download" id="xml-download" href="${xmlUrl}" download="${vorgangsnummer}.xml"
        >XML-Nachricht herunterladen</a
      >
    </p>
    <div class="xml-view" role="region" aria-label="XÖV-Nachricht" tabindex="0">
      <pre><code id="xml-nachricht" data-src="${xmlUrl}">Die Nachricht wird geladen …</code></pre>
    </div>
    <p><a href="/">Zur Startseite</a></p>`;
  return layout(context, {
    title: `Antrag eingegangen – ${service.title}`,
    page: 'confirmation',
    breadcrumbs: [{ label: service.title, href: servicePath(service.id) }, { label: 'Antrag eingegangen' }],
    main,
  });
}

/** The page for an unknown address. */
export function notFoundPage(context: PageContext): string {
  const main = html` <h1>Seite nicht gefunden</h1>
    <p>
      Unter dieser Adresse gibt es keine Seite. Vielleicht finden Sie die gesuchte Leistung auf der
      <a href="/">Startseite</a>.
    </p>`;
  return layout(context, { title: 'Seite nicht gefunden', page: 'not-found', main });
}
