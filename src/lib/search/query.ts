/** The search page's query: read from its address (`/search/?q=…`) and written back to it. */

/** The query parameter the header's search box and the search page use. */
export const QUERY_PARAM = 'q';

/** Longer queries are cut: no learner types this much, and Pagefind gains nothing from it. */
export const MAX_QUERY_LENGTH = 200;

/** `query` with its spaces collapsed and trimmed, at most `MAX_QUERY_LENGTH` characters. */
export const normalizeQuery = (query: string): string =>
  query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();

/** The query in a page address's search part (`?q=GuardDuty`), normalized; empty when there is none. */
export const queryFromSearch = (search: string): string =>
  normalizeQuery(new URLSearchParams(search).get(QUERY_PARAM) ?? '');

/** The search part for `query`: `?q=…`, or empty for an empty query. */
export function searchForQuery(query: string): string {
  const normalized = normalizeQuery(query);
  return normalized === '' ? '' : `?${new URLSearchParams({ [QUERY_PARAM]: normalized }).toString()}`;
}

/** The search page's address (the header's search box sends its query there). */
export const SEARCH_PATH = '/search/';
