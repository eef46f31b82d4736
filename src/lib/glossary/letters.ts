/**
 * The glossary's A–Z index: each term filed under the first letter of its name, diacritics
 * removed ("Écart" under E); a name that does not start with a letter A–Z is filed under "#".
 */

/** The letters of the index, in order; "#" (other) comes first and is listed only when used. */
export const INDEX_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Index heading for names that start with a digit or a symbol. */
export const OTHER_LETTER = '#';

/** The index letter of `term`: "A"–"Z", or "#" when its first character is not a letter A–Z. */
export function indexLetter(term: string): string {
  const first = term.trim().normalize('NFD').charAt(0).toUpperCase();
  return INDEX_LETTERS.includes(first) ? first : OTHER_LETTER;
}

/** One letter of the index with its items (in the order given); `items` is empty for an unused letter. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Every index letter A–Z with the items filed under it, in the order given, preceded by "#"
 * when some item is filed there. Letters with no items are kept (with none), so the index can
 * show them without a link.
 */
export function groupByLetter<T>(items: readonly T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>([OTHER_LETTER, ...INDEX_LETTERS].map((letter) => [letter, []]));
  for (const item of items) groups.get(indexLetter(termOf(item)))?.push(item);
  return [...groups]
    .filter(([letter, filed]) => letter !== OTHER_LETTER || filed.length > 0)
    .map(([letter, filed]) => ({ letter, items: filed }));
}
