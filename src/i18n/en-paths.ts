import { createTranslator, type Message } from './translate';

/**
 * Words of the learning paths: the path list, a path page and "Continue" on the home page.
 * Loaded only by the path islands; the completion record's words are in `en-record.ts`.
 */
export const enPaths = {
  'kind.lesson': 'Lesson',
  'kind.quiz': 'Quiz',
  'kind.lab': 'Lab',
  'lab.checks': {
    one: '{passed} of {count} check passed',
    other: '{passed} of {count} checks passed',
  },
  optional: 'Optional',
  'status.not-started': 'Not started',
  'status.started': 'Started',
  'status.done': 'Done',
  best: 'best {percent}\u00a0%',
  minutes: '{minutes}\u00a0min',
  duration: {
    one: 'about {hours} hour',
    other: 'about {hours} hours',
  },
  durationMinutes: 'about {minutes}\u00a0min',
  'steps.count': { one: '{count} step', other: '{count} steps' },
  'steps.done': {
    one: '{done} of {count} required step done',
    other: '{done} of {count} required steps done',
  },
  'time.left': '{time} left',
  next: 'Next step:',
  'next.optional': 'Every required step is done. Optional next:',
  complete: 'You completed this path.',
  'complete.record': 'Get your completion record',
  following: 'You follow this path.',
  follow: 'Follow this path',
  unfollow: 'Stop following',
  'follow.offer':
    'Were you sent this link? Follow the path to keep it on the course page with your next step. You can follow several paths.',
  'follow.badge': 'Following',
  'continue.heading': 'Your learning paths',
  continue: 'Continue {path}: {step}',
  'continue.complete': '{path}: complete.',
  'continue.record': 'Completion record',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tp = createTranslator(enPaths);

/** "about 3 hours" for 165 minutes and more, "about 45 min" below an hour. */
export function durationText(minutes: number): string {
  if (minutes < 60) return tp('durationMinutes', { minutes });
  const hours = Math.round(minutes / 30) / 2;
  return tp('duration', { hours, count: hours });
}
