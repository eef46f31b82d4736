import { createTranslator, type Message } from './translate';

/**
 * What the learner is told when progress cannot be saved or could not be read. Loaded only when
 * there is such a notice (`ProgressNotice.tsx`), so pages do not carry these words at load.
 */
export const enNotices = {
  unavailable:
    'This browser is not letting the site store data, so your progress will not be saved after you leave this page.',
  'write-failed':
    'Your progress could not be saved because this browser’s storage is full or blocked. It is kept until you leave this page.',
  unreadable:
    'Your saved progress could not be read, so it starts fresh. A copy of the old data was kept in this browser under “csa:progress:backup”.',
  'not-progress':
    'The data stored under this site’s progress key was not progress from this site, so progress starts fresh. A copy was kept under “csa:progress:backup”.',
  'newer-version':
    'Your progress was saved by a newer version of this site, so this page cannot use it. A copy was kept under “csa:progress:backup”; reload the page to get the newer version.',
  'partly-invalid': {
    one: 'Part of your saved progress could not be read and was skipped (1 entry). Everything else was kept, and a copy of the old data is under “csa:progress:backup”.',
    other:
      'Part of your saved progress could not be read and was skipped ({count} entries). Everything else was kept, and a copy of the old data is under “csa:progress:backup”.',
  },
  dismiss: 'Dismiss',
} as const satisfies Record<string, Message>;

export type NoticeKey = keyof typeof enNotices;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const tn = createTranslator(enNotices);
