/**
 * What the search page shows for one Pagefind result: the page (a lesson, a module or the
 * glossary), the section of it that matches best (a heading of a lesson, a term of the glossary),
 * its excerpt, and a few more sections that also match.
 */
import { parseExcerpt, type ExcerptPart } from './excerpt';

/** The parts of a Pagefind sub-result this reads (a heading's section, or the text before the first heading). */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly weighted_locations?: readonly { readonly weight: number }[];
}

/** The parts of a Pagefind result's `data()` this reads. */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

/** A section of a page: its heading and its address (the page's, with the heading's anchor). */
export interface SearchSection {
  readonly title: string;
  readonly url: string;
}

/** One result as the page shows it. */
export interface SearchHit {
  /** The page's title. */
  readonly title: string;
  /** Where the result's link goes: the best section, or the page when the match is above any heading. */
  readonly url: string;
  /** The best-matching section; null when the match is in the page's opening text. */
  readonly section: SearchSection | null;
  readonly excerpt: readonly ExcerptPart[];
  /** Other sections that match, best first. */
  readonly more: readonly SearchSection[];
}

/** How many more sections a result lists besides its best one. */
export const MORE_SECTIONS = 2;

/** How strongly a section matches: the summed weight of the query's words in it. */
const score = (sub: PagefindSubResult): number =>
  (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.weight, 0);

/** A sub-result's address names a section when it carries an anchor. */
const isSection = (sub: PagefindSubResult): boolean => sub.url.includes('#');

/** The hit for one result: its best section (ties go to the earlier one) and up to `more` others. */
export function toHit(data: PagefindResultData, more = MORE_SECTIONS): SearchHit {
  const title = data.meta['title'] ?? data.url;
  const ranked = (data.sub_results ?? [])
    .map((sub, order) => ({ sub, order, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ sub }) => sub);
  const best = ranked[0];
  if (best === undefined)
    return { title, url: data.url, section: null, excerpt: parseExcerpt(data.excerpt), more: [] };
  return {
    title,
    url: best.url,
    section: isSection(best) ? { title: best.title, url: best.url } : null,
    excerpt: parseExcerpt(best.excerpt),
    more: ranked
      .slice(1)
      .filter(isSection)
      .slice(0, more)
      .map((sub) => ({ title: sub.title, url: sub.url })),
  };
}
