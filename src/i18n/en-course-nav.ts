import { createTranslator, type Message } from './translate';

/**
 * Words the course navigation adds in a course too long to list every module: the link to the
 * whole outline (the home page's course section). The other names of steps are in `en-course.ts`.
 */
const words = {
  'nav.allModules': { one: 'All {count} module', other: 'All {count} modules' },
} as const satisfies Record<string, Message>;

/** The course navigation's words for long courses. */
export const tn = createTranslator(words);
