import { createTranslator, type Message } from './translate';

/** Strings of the progress dashboard. */
export const enDashboard = {
  'overview.heading': 'Overview',
  'overview.loading':
    'Your progress is read from this browser once the page has loaded (this needs JavaScript).',
  'overview.lessons': '{completed} of {total} lessons completed',
  'overview.attempts': '{count} quiz attempts',
  'overview.streak': 'Streak: {current} days in a row (longest {longest})',
  'overview.empty': 'Nothing yet. Open a lesson and take its quiz: your progress will show here.',
  'review.heading': 'Review what you missed',
  'review.intro':
    'Questions you answered wrong, or right but not sure, come back for review when they are due (scheduled with FSRS). A session asks at most {cap}.',
  'review.none': 'Nothing is due for review.',
  'review.start': 'Review ({count} due)',
  'review.title': 'Review',
  'review.unreadable':
    'Your review schedule could not be fully read, so what could not be read starts fresh. A copy was kept under “csa:review:backup”.',
  'review.failed': 'The review questions could not be loaded. Check your connection and try again.',
  'modules.heading': 'By module',
  'modules.module': 'Module',
  'modules.lessons': 'Lessons completed',
  'modules.best': 'Module quiz best',
  'modules.last': 'Module quiz last',
  'modules.mastery': 'Mastery',
  'modules.none': '—',
  'mastery.heading': 'Mastery by topic',
  'mastery.rulesHeading': 'How mastery levels are decided',
  'mastery.topic': 'Topic',
  'mastery.score': 'Score',
  'mastery.level': 'Level',
  'level.not-started': 'Not started',
  'level.attempted': 'Attempted',
  'level.familiar': 'Familiar',
  'level.proficient': 'Proficient',
  'level.mastered': 'Mastered',
  'next.heading': 'What to study next',
  'history.heading': 'Attempt history',
  'history.chartTitle': 'Score of each quiz attempt, oldest first',
  'history.chartDesc': '{count} attempts. Latest: {latest} %. Best: {best} %. The dashed line is 70 %.',
  'history.table': 'Show the attempts as a table',
  'history.date': 'Date',
  'history.quiz': 'Quiz',
  'history.mode': 'Mode',
  'history.score': 'Score',
  'history.passed': 'Passed',
  'history.yes': 'Yes',
  'history.no': 'No',
  'data.heading': 'Keep your progress safe',
  'data.intro':
    'Export your progress to a file to keep a copy or to move it to another browser, and import it there.',
  'data.export': 'Export progress',
  'data.import': 'Import a progress file',
  'data.reset': 'Reset progress',
  'data.exported': 'Progress exported to {file}.',
  'data.importPreview':
    'This file was exported on {date}. Merging adds {attempts} attempts and {lessons} lessons and improves {better} best scores; replacing discards what this browser holds now.',
  'data.merge': 'Merge into my progress',
  'data.replace': 'Replace my progress',
  'data.cancel': 'Cancel',
  'data.imported': 'Progress imported.',
  'data.resetConfirm':
    'Reset deletes every lesson visit and quiz attempt saved in this browser. You can undo it for one minute.',
  'data.resetYes': 'Yes, reset my progress',
  'data.resetDone': 'Progress reset.',
  'data.undo': 'Undo reset',
  'data.undone': 'Reset undone: your progress is back.',
  'reminder.text':
    'Your progress lives only in this browser: clearing site data or changing computer loses it. Export a copy now and then.',
  'reminder.dismiss': 'Remind me later',
  'notice.dismiss': 'Dismiss',
} as const satisfies Record<string, Message>;

export type DashboardKey = keyof typeof enDashboard;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const td = createTranslator(enDashboard);
