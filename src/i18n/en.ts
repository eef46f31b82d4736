import { createTranslator, type Message } from './translate';

/**
 * Strings shown on every page with an island: the quiz start panel, progress and notices.
 * The quiz session's own strings are in `en-session.ts`, loaded with the session. Components read
 * them through `t`, so result codes from `src/lib/` never reach the learner as raw codes.
 */
export const en = {
  'quiz.true': 'True',
  'quiz.false': 'False',
  'quiz.selectAll': 'Select all that apply. Scored all or nothing: every right option and no wrong one.',
  'quiz.groups': 'Groups: {groups}.',
  'quiz.loadFailed':
    'The quiz could not be loaded, so answers cannot be checked yet. Check your connection and try again.',
  'quiz.loadRetry': 'Try again',
  'quiz.start.mode': 'How do you want to take this quiz?',
  'quiz.start.practice': 'Practice: check each answer as you go, with hints.',
  'quiz.start.exam': 'Exam: no feedback until you submit. Flag questions and review them before you submit.',
  'quiz.start.time': 'Time limit',
  'quiz.start.timeSuggested': '{minutes} minutes (suggested)',
  'quiz.start.timeExtended': '{minutes} minutes',
  'quiz.start.timeOff': 'No time limit',
  'quiz.start.confidence': 'Ask me how sure I am of each answer',
  'quiz.start.go.practice': 'Start practice',
  'quiz.start.go.exam': 'Start exam',
  'quiz.start.loading': 'Loading the quiz…',
  'progress.notice.unavailable':
    'This browser is not letting the site store data, so your progress will not be saved after you leave this page.',
  'progress.notice.write-failed':
    'Your progress could not be saved because this browser’s storage is full or blocked. It is kept until you leave this page.',
  'progress.notice.unreadable':
    'Your saved progress could not be read, so it starts fresh. A copy of the old data was kept in this browser under “csa:progress:backup”.',
  'progress.notice.not-progress':
    'The data stored under this site’s progress key was not progress from this site, so progress starts fresh. A copy was kept under “csa:progress:backup”.',
  'progress.notice.newer-version':
    'Your progress was saved by a newer version of this site, so this page cannot use it. A copy was kept under “csa:progress:backup”; reload the page to get the newer version.',
  'progress.notice.partly-invalid':
    'Part of your saved progress could not be read and was skipped ({dropped} entries). Everything else was kept, and a copy of the old data is under “csa:progress:backup”.',
  'progress.notice.dismiss': 'Dismiss',
  'progress.status.notStarted': 'Not started',
  'progress.status.notPassed': 'Not passed yet',
  'progress.status.visited': 'Visited',
  'progress.status.completed': 'Completed',
  'progress.best': 'Best {percent}\u00a0%',
  'progress.summary': {
    one: '{completed} of {count} lesson completed',
    other: '{completed} of {count} lessons completed',
  },
  'lesson.minutes': '{minutes}\u00a0min',
  'lesson.moduleCount': { one: '{count} module', other: '{count} modules' },
  'lesson.lessonCount': { one: '{count} lesson', other: '{count} lessons' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const t = createTranslator(en);
