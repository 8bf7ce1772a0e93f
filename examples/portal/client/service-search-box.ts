import { matchesQuery, resultCountText } from './service-search.js';

/**
 * Filters the start page's service list while the person types, keeping the Themenfelder that still
 * have a match, and updates the result count in its `role=status` region, which screen readers
 * announce. Without JavaScript the same search runs on the server (`/?q=`).
 */
export function enhanceSearch(root: Document): void {
  const input = root.querySelector<HTMLInputElement>('#suche');
  const count = root.querySelector<HTMLElement>('#trefferzahl');
  if (!input || !count) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Filters the list; returns the count text for the query. */
  const filter = (): string => {
    const query = input.value;
    let shown = 0;
    for (const section of root.querySelectorAll<HTMLElement>('[data-themenfeld]')) {
      let inSection = 0;
      for (const item of section.querySelectorAll<HTMLElement>('[data-service-name]')) {
        const match = matchesQuery(item.dataset.serviceName ?? '', query);
        item.hidden = !match;
        if (match) inSection++;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    return resultCountText(shown, query);
  };
  const announce = (text: string): void => {
    if (count.textContent !== text) count.textContent = text;
  };
  // The list follows every keystroke; the announcement waits for a pause, so a screen reader does
  // not read out a count per letter.
  input.addEventListener('input', () => {
    const text = filter();
    clearTimeout(timer);
    timer = setTimeout(() => announce(text), 400);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    announce(filter());
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
