import { createTranslator, type Message } from './translate';

/**
 * Strings the lesson page renders on the server only: its "On this page" list and the links to
 * its sections. No island imports this catalog, so these words cost no JavaScript.
 */
export const enLessonPage = {
  'lesson.onThisPage': 'On this page',
  /** Read before a heading's text as the name of its anchor link: "Link to section: Summary". */
  'lesson.sectionLink': 'Link to section:',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tl = createTranslator(enLessonPage);
