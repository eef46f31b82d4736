/**
 * The search page's script: reads the query from the address (`?q=…`), searches as the learner
 * types with Pagefind's JS API (loaded on first use from /pagefind/, written by the build), and
 * renders each result itself: the page's title linking to the best section, the section's name,
 * the excerpt with the matched words in <mark>, and other matching sections. Excerpts become text
 * nodes and <mark> elements (src/lib/search/excerpt.ts), never parsed HTML. A polite status
 * region says how many results there are, or how to search differently when there are none.
 */
import { normalizeQuery, queryFromSearch, searchForQuery } from '../lib/search/query';
import { toHit, type PagefindResultData, type SearchHit } from '../lib/search/results';
import { fill, parseWords, statusText, type SearchWords } from '../lib/search/words';

/** The parts of Pagefind's JS API this uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    term: string,
    options?: Record<string, unknown>,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Where the build writes Pagefind's code and index (see src/build/search-index.ts). */
const PAGEFIND = '/pagefind/pagefind.js';
/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 300;
/** Results shown; the status still counts them all. */
const SHOWN = 20;

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = (): Promise<Pagefind> => {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24, ranking: { metaWeights: { teaches: 10 } } });
    return module;
  });
  return pagefind;
};

/** A paragraph with the excerpt's text, each matched run in a <mark>. */
function excerptElement(hit: SearchHit): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-result-excerpt';
  for (const part of hit.excerpt) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else paragraph.append(part.text);
  }
  return paragraph;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

function resultElement(hit: SearchHit, words: SearchWords): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.append(link(hit.url, hit.title));
  item.append(heading);
  if (hit.section) {
    const section = document.createElement('p');
    section.className = 'search-result-section';
    section.textContent = fill(words.section, { title: hit.section.title });
    item.append(section);
  }
  item.append(excerptElement(hit));
  if (hit.more.length > 0) {
    const more = document.createElement('p');
    more.className = 'search-result-more';
    more.append(words.more);
    hit.more.forEach((section, index) =>
      more.append(index === 0 ? ' ' : ', ', link(section.url, section.title)),
    );
    item.append(more);
  }
  return item;
}

if (form && input && status && list) {
  const words = parseWords(status.dataset['words'] ?? '{}');
  /** Counts searches, so a slower earlier one never overwrites a later one's results. */
  let latest = 0;

  const show = (message: string, hits: readonly SearchHit[]) => {
    list.replaceChildren(...hits.map((hit) => resultElement(hit, words)));
    list.hidden = hits.length === 0;
    status.textContent = message;
  };

  const run = async (raw: string, debounceMs: number) => {
    const query = normalizeQuery(raw);
    const search = ++latest;
    history.replaceState(null, '', `${location.pathname}${searchForQuery(query)}`);
    if (query === '') {
      show('', []);
      return;
    }
    try {
      const found = await (await loadPagefind()).debouncedSearch(query, {}, debounceMs);
      if (found === null || search !== latest) return;
      const data = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
      if (search !== latest) return;
      show(
        statusText(words, found.results.length, query),
        data.map((result) => toHit(result)),
      );
    } catch {
      if (search === latest) show(words.error, []);
    }
  };

  input.addEventListener('input', () => void run(input.value, DEBOUNCE_MS));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, 0);
  });

  const initial = queryFromSearch(location.search);
  if (initial !== '') {
    input.value = initial;
    void run(initial, 0);
  }
}
