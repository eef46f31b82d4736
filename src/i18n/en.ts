/**
 * Every string the islands show, keyed by where it appears. Components read them through `t`,
 * so result codes from `src/lib/` never reach the learner as raw codes.
 */
export const en = {
  'quiz.progress': 'Question {current} of {total}',
  'quiz.check': 'Check answer',
  'quiz.next': 'Next question',
  'quiz.finish': 'See results',
  'quiz.retry': 'Try the quiz again',
  'quiz.hint.show': 'Show a hint',
  'quiz.hint.label': 'Hint',
  'quiz.selectAll': 'Select all that apply. Scored all or nothing: every right option and no wrong one.',
  'quiz.true': 'True',
  'quiz.false': 'False',
  'quiz.invalid.no-selection': 'Choose an answer before checking.',
  'quiz.invalid.too-many-selected': 'Choose only one answer.',
  'quiz.invalid.unknown-choice': 'That answer is not one of the options. Choose again.',
  'quiz.feedback.correct': 'Correct.',
  'quiz.feedback.incorrect': 'Not quite.',
  'quiz.feedback.rightAnswer': 'Right answer',
  'quiz.feedback.yourChoice': 'Your choice',
  'quiz.feedback.whyOptions': 'Why each option is right or wrong',
  'quiz.feedback.source': 'Source:',
  'quiz.result.heading': 'Your result',
  'quiz.result.score': 'You scored {earned} of {total} ({percent} %).',
  'quiz.result.passed': 'Passed: the pass mark is {pass} %. This lesson is now complete.',
  'quiz.result.failed': 'Not passed yet: the pass mark is {pass} %. Review the lesson and try again.',
  'quiz.result.review': 'Your answers',
  'quiz.result.correct': 'Correct',
  'quiz.result.incorrect': 'Incorrect',
  'quiz.result.unanswered': 'Not answered',
  'quiz.result.yourAnswer': 'Your answer:',
  'quiz.result.rightAnswer': 'Right answer:',
  'quiz.needsJavaScript':
    'Checking answers needs JavaScript: it starts once the page has loaded. Without it you can still read the questions.',
  'quiz.loadFailed':
    'The quiz could not be loaded, so answers cannot be checked yet. Check your connection and try again.',
  'quiz.loadRetry': 'Try again',
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
  'progress.best': 'Best {percent} %',
  'lesson.minutes': '{minutes} min',
  'progress.summary': '{completed} of {total} lessons completed',
} as const;

export type MessageKey = keyof typeof en;

/** The UI string for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
