// How the start page's search matches a service by its name. Shared by the server (the `?q=` page
// works without JavaScript) and the browser (filters while the person types), so both agree.

/** Lower case without diacritics, `ß` as `ss`: "Gewerbe ändern" finds "Gewerbeänderung" via "anderung". */
export function normaliseSearchText(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/** Whether every word of the query occurs in the name (an empty query matches everything). */
export function matchesQuery(name: string, query: string): boolean {
  const haystack = normaliseSearchText(name);
  return normaliseSearchText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The live result count the start page announces ("1 Leistung gefunden"). */
export function resultCountText(count: number, query: string): string {
  const found = count === 1 ? '1 Leistung' : `${count === 0 ? 'Keine' : count} Leistungen`;
  return query.trim() === '' ? `${found} verfügbar` : `${found} gefunden für „${query.trim()}“`;
}
