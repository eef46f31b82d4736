import { createTranslator, type Message } from './translate';

/**
 * The words of search: the header's search box (src/components/SearchBox.astro) and the search
 * page (src/pages/search.astro, src/scripts/search-page.ts).
 */
export const enSearch = {
  'box.label': 'Search the course',
  'box.submit': 'Search',
  title: 'Search',
  description: 'Search the lessons and the glossary of Cloud Security Academy.',
  'page.label': 'Search lessons and the glossary',
  'page.hint': 'Results appear as you type. Try a service or a term, such as “permissions boundary”.',
  'page.noscript':
    'Search needs JavaScript, which is off in this browser. Every lesson is listed in the course outline, and every term in the glossary.',
  'page.error':
    'Search could not load. Reload the page, or find the lesson in the course outline or the term in the glossary.',
  'link.course': 'Course outline',
  'link.glossary': 'Glossary',
  'links.label': 'Other ways to find a lesson',
  'results.label': 'Results',
  results: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'results.none':
    'No results for “{query}”. Check the spelling, try fewer words, or look the term up in the glossary.',
  'result.section': 'Section: {title}',
  'result.more': 'Also in:',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const ts = createTranslator(enSearch);
