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
  'review.heading': 'Review what you missed',
  'review.intro':
    'Questions you answered wrong, or right but not sure, come back for review when they are due (scheduled with FSRS). A session asks at most {cap}.',
  'review.none': 'Nothing is due for review now.',
  'review.next': 'Next review on {date}.',
  'review.soon': 'Coming up',
  'review.laterToday': {
    one: '{count} question due later today',
    other: '{count} questions due later today',
  },
  'review.tomorrow': { one: '{count} question due tomorrow', other: '{count} questions due tomorrow' },
  'review.week': {
    one: '{count} question due in the next 7 days',
    other: '{count} questions due in the next 7 days',
  },
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
  'reminder.text':
    'Your progress lives only in this browser: clearing site data or changing computer loses it. Export a copy now and then.',
  'reminder.export': 'Export now',
  exported: 'Progress exported to {file}.',
  'reminder.dismiss': 'Remind me later',
  'notice.dismiss': 'Dismiss',
} as const satisfies Record<string, Message>;

export type DashboardKey = keyof typeof enDashboard;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const td = createTranslator(enDashboard);

/**
 * A formatter of a learner's day (`YYYY-MM-DD`) in words. A day key names a calendar day, not a
 * moment: read and written in UTC, it never shifts to the day before or after.
 */
export function dayFormat(options: Intl.DateTimeFormatOptions): (day: string) => string {
  const format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  return (day) => {
    const time = Date.parse(`${day}T00:00:00.000Z`);
    return Number.isNaN(time) ? day : format.format(time);
  };
}

/** A learner's day in full: "Saturday 5 December 2026". */
export const longDay = dayFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The name of a mastery level. */
export const levelName = (level: MasteryLevel): string => td(`level.${level}`);
