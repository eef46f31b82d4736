import { createTranslator, type Message } from './translate';

/**
 * Strings the quiz section renders on the server only (`QuizSection.astro`): what the page says
 * before the quiz island runs, if its code never runs, and without JavaScript. No island imports
 * this catalog, so these words cost no JavaScript.
 */
export const enQuizPage = {
  'quiz.pending': 'Loading the quiz…',
  'quiz.stalled':
    'The quiz has not started: it needs JavaScript, which is turned off in this browser or could not be loaded. Reload the page to try again.',
  'quiz.stalledPreview':
    'The quiz has not started: it needs JavaScript, which is turned off in this browser or could not be loaded. You can still read its questions below; reload the page to try again.',
  'quiz.noScript': 'This quiz needs JavaScript, which is off in this browser, so it cannot be shown here.',
  'quiz.noScriptPreview':
    'Checking answers needs JavaScript, which is off in this browser. You can still read the questions below.',
  'quiz.intro': {
    one: '{count} question.',
    other: '{count} questions.',
  },
  'quiz.introPool': {
    one: '{count} question, drawn from a pool of {pool}.',
    other: '{count} questions, drawn from a pool of {pool}.',
  },
  'quiz.introRest': 'Pass mark {pass}\u00a0%. Your score stays on this device.',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tq = createTranslator(enQuizPage);
