import { createTranslator, type Message } from './translate';

/**
 * Strings the quiz section renders on the server only (`QuizSection.astro`): what the page says
 * before the quiz island runs, and if its code never runs or JavaScript is off. No island imports
 * this catalog, so these words cost no JavaScript.
 */
export const enQuizPage = {
  'quiz.pending': 'Loading the quiz…',
  'quiz.stalled':
    'This quiz needs JavaScript, which is off or did not load, so it has not started. Turn JavaScript on or reload the page.',
  'quiz.stalledPreview':
    'This quiz needs JavaScript, which is off or did not load, so answers cannot be checked. You can still read the questions below.',
  'quiz.intro': {
    one: '{count} question.',
    other: '{count} questions.',
  },
  'quiz.introPool': {
    one: '{count} question, drawn from a pool of {pool}.',
    other: '{count} questions, drawn from a pool of {pool}.',
  },
  'quiz.introOwn': {
    one: '{count} of them is a scenario question written for this quiz.',
    other: '{count} of them are scenario questions written for this quiz.',
  },
  'quiz.introRest': 'Pass mark {pass}\u00a0%. Your score stays on this device.',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tq = createTranslator(enQuizPage);
