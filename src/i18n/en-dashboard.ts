import type { MasteryLevel } from '../lib/progress/mastery';
import { createTranslator, type Message } from './translate';

/** Strings of the progress dashboard. Percentages keep a non-breaking space before "%". */
export const enDashboard = {
  percent: '{percent}\u00a0%',
  none: '—',
  'overview.heading': 'Overview',
  'overview.loading':
    'Your progress is read from this browser once the page has loaded (this needs JavaScript).',
  'overview.lessons': {
    one: '{completed} of {count} lesson completed',
    other: '{completed} of {count} lessons completed',
  },
  'overview.attempts': { one: '{count} quiz taken in full', other: '{count} quizzes taken in full' },
  'overview.practice': {
    one: '{count} practice session (a retry of missed questions or a review)',
    other: '{count} practice sessions (retries of missed questions and reviews)',
  },
  'overview.days': { one: '{count} day', other: '{count} days' },
  'overview.streak': {
    one: 'Streak: {count} day in a row (longest: {longest})',
    other: 'Streak: {count} days in a row (longest: {longest})',
  },
  'overview.empty': 'Nothing yet. Open a lesson and take its quiz: your progress will show here.',
  'assessment.heading': 'Final assessment',
  'assessment.none': 'Not taken yet.',
  'assessment.best': 'Best full result: {percent}\u00a0%.',
  'assessment.passed': 'Passed: the pass mark is {pass}\u00a0%.',
  'assessment.notPassed': 'Not passed yet: the pass mark is {pass}\u00a0%.',
  'assessment.practice': {
    one: 'You also retried your missed questions once: that is practice, so it does not change this result.',
    other:
      'You also retried your missed questions {count} times: that is practice, so it does not change this result.',
  },
  'assessment.link': 'Go to the final assessment',
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
  'modules.table': 'Modules',
  'modules.module': 'Module',
  'modules.lessons': 'Lessons completed',
  'modules.lessonsValue': '{completed} of {total}',
  'modules.best': 'Module quiz best',
  'modules.last': 'Module quiz last',
  'modules.mastery': 'Mastery',
  'level.not-started': 'Not started',
  'level.attempted': 'Attempted',
  'level.familiar': 'Familiar',
  'level.proficient': 'Proficient',
  'level.mastered': 'Mastered',
  'next.heading': 'What to study next',
  'next.empty': 'Nothing to suggest: you have started every lesson, and no topic needs work.',
  'next.notStarted': 'you have not started this lesson of “{module}” yet.',
  'next.weakModule': {
    one: '{percent}\u00a0% over {count} question in this module: revisit it.',
    other: '{percent}\u00a0% over {count} questions in this module: revisit it.',
  },
  'next.weakArea': {
    one: '{percent}\u00a0% over {count} question: revisit “{page}”.',
    other: '{percent}\u00a0% over {count} questions: revisit “{page}”.',
  },
  'next.weakAreaNoPage': {
    one: '{percent}\u00a0% over {count} question.',
    other: '{percent}\u00a0% over {count} questions.',
  },
  'next.strong': {
    one: 'proficient at {percent}\u00a0% over {count} question. To master it, score at least {mastered}\u00a0% in a full quiz on another day.',
    other:
      'proficient at {percent}\u00a0% over {count} questions. To master it, score at least {mastered}\u00a0% in a full quiz on another day.',
  },
  'reminder.text':
    'Your progress lives only in this browser: clearing site data or changing computer loses it. Export a copy now and then.',
  'reminder.dismiss': 'Remind me later',
  'notice.dismiss': 'Dismiss',
} as const satisfies Record<string, Message>;

export type DashboardKey = keyof typeof enDashboard;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const td = createTranslator(enDashboard);

/** The name of a mastery level. */
export const levelName = (level: MasteryLevel): string => td(`level.${level}`);
