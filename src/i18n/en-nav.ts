import { createTranslator, type Message } from './translate';

/**
 * The learner's status on each step of the course, shown by the course navigation's status
 * script (`src/scripts/course-status.ts`) once stored progress is read; loaded only with it. The
 * names of the steps and links are in `en-course.ts`.
 */
const words = {
  'not-started': 'Not started',
  visited: 'Visited',
  tried: 'Best {percent}\u00a0%, not passed yet',
  /** A lesson whose quiz was passed. */
  completed: 'Completed, best {percent}\u00a0%',
  /** A module quiz or the final assessment. */
  passed: 'Passed, best {percent}\u00a0%',
  progress: {
    one: '{completed} of {count} lesson completed',
    other: '{completed} of {count} lessons completed',
  },
} as const satisfies Record<string, Message>;

export type StatusWord = keyof typeof words;

/** The status words. */
export const ts = createTranslator(words);
