import { prettyXml } from './pretty-xml.js';

/**
 * The confirmation page's demo view: loads the XÖV message the intake stored for this Vorgangsnummer
 * and shows it pretty-printed (as text, never as markup). When it cannot be loaded, the page says so
 * and drops the download link.
 */
export async function showReceivedXml(root: Document): Promise<void> {
  const code = root.querySelector<HTMLElement>('#xml-nachricht');
  const src = code?.dataset.src;
  if (!code || !src) return;
  let response: Response | undefined;
  try {
    response = await fetch(src, { headers: { accept: 'application/xml' } });
  } catch {
    response = undefined;
  }
  if (!response?.ok) {
    code.textContent = response
      ? `Die Nachricht konnte nicht geladen werden (Fehler ${response.status}).`
      : 'Die Nachricht konnte nicht geladen werden: keine Verbindung zum Server.';
    root.querySelector('#xml-download')?.remove();
    return;
  }
  code.textContent = prettyXml(await response.text());
}
