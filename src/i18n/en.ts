import { createTranslator, type Message } from './translate';

/**
 * Strings shown on every page with a quiz: the quiz start panel and the quiz's status. The quiz
 * session's own strings are in `en-session.ts`, loaded with the session; the notices about saved
 * progress are in `en-notices.ts`, loaded only when there is one to show; the course's statuses
 * and the outline's words are in `en-nav.ts`. Components read
 * them through `t`, so result codes from `src/lib/` never reach the learner as raw codes.
 */
export const en = {
  'quiz.loadFailed': 'The quiz could not be loaded. Check your connection and try again.',
  'quiz.loadRetry': 'Try again',
  'quiz.start.mode': 'How do you want to take this quiz?',
  'quiz.start.practice': 'Practice: check each answer as you go, with hints.',
  'quiz.start.exam': 'Exam: no feedback until you submit; flag questions to review first.',
  'quiz.start.time': 'Time limit',
  'quiz.start.timeSuggested': '{minutes} minutes (suggested)',
  'quiz.start.timeExtended': '{minutes} minutes',
  'quiz.start.timeOff': 'No time limit',
  'quiz.start.confidence': 'Ask me how sure I am of each answer',
  'quiz.start.go.practice': 'Start practice',
  'quiz.start.go.exam': 'Start exam',
  'quiz.start.loading': 'Loading the quiz…',
  'progress.status.notPassed': 'Not passed yet',
  'progress.status.completed': 'Completed',
  'progress.best': 'Best {percent}\u00a0%',
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const t = createTranslator(en);
