import { createTranslator, type Message } from './translate';

/**
 * The glossary page's words (src/pages/glossary.astro). The filter's counts are rendered into
 * the page as plural forms (`matches`) and chosen in the browser by its small filter script,
 * which does not load the translator.
 */
export const enGlossary = {
  title: 'Glossary',
  description:
    'The cloud security terms the course teaches, each with a short definition and the lesson that teaches it.',
  intro: {
    one: '{count} term, each with the lesson that teaches it.',
    other: '{count} terms, each with the lesson that teaches it.',
  },
  'index-label': 'Terms by first letter',
  'index-empty': 'no terms',
  'filter-label': 'Filter terms',
  'filter-hint': 'Matches words in a term’s name or definition.',
  matches: { one: '{count} term matches.', other: '{count} terms match.' },
  'no-matches': 'No terms match. Try fewer or shorter words.',
  lesson: 'Lesson: {title}',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tg = createTranslator(enGlossary);
