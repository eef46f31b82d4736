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
    'This quiz needs JavaScript, which is off or did not load, so answers cannot be checked.',
  /** The link to the quiz's questions as a page of text (`/questions/<quiz id>/`). */
  'quiz.readQuestions': 'Read the questions',
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
  // The page of a lesson quiz's questions as text (src/pages/questions/[id].astro).
  'questions.title': '{title} (the questions, to read)',
  'questions.description': 'The questions of "{title}", to read or print.',
  'questions.intro':
    'Checking answers needs JavaScript. Read or print the questions here, then answer them on the lesson page with JavaScript on.',
  'questions.back': 'Back to the lesson: {lesson}',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tq = createTranslator(enQuizPage);
