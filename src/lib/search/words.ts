/**
 * The search page's words in the browser. The page renders them from src/i18n/en-search.ts into
 * a data attribute, so its script needs neither the translator nor the shared start-up chunk
 * that carries it; these few lines fill them in the same way (`{name}` placeholders, plural
 * forms by `Intl.PluralRules`).
 */

/** The messages the search page's script shows. */
export interface SearchWords {
  /** "{count} result for “{query}”" and its plural. */
  readonly one: string;
  readonly other: string;
  /** No results, with what to try instead. */
  readonly none: string;
  /** Pagefind could not load. */
  readonly error: string;
  /** "Section: {title}". */
  readonly section: string;
  /** "Also in:". */
  readonly more: string;
}

const plurals = new Intl.PluralRules('en');

/** `template` with each `{name}` replaced by its value; unknown names stay as written. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );

/** What the status line says after a search for `query` found `count` pages. */
export function statusText(words: SearchWords, count: number, query: string): string {
  if (count === 0) return fill(words.none, { query });
  return fill(plurals.select(count) === 'one' ? words.one : words.other, { count, query });
}

/** The words in `json` (the page's `data-words`); throws when one is missing, naming it. */
export function parseWords(json: string): SearchWords {
  const value = JSON.parse(json) as Record<string, unknown>;
  const keys = ['one', 'other', 'none', 'error', 'section', 'more'] as const;
  for (const key of keys) {
    if (typeof value[key] !== 'string') throw new Error(`search page: data-words has no "${key}"`);
  }
  return value as unknown as SearchWords;
}
