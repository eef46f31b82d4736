import { createTranslator, type Message } from './translate';

/**
 * What the page says about offline use and updates (`src/scripts/app-update.ts`). Loaded with
 * that script, after the page has loaded, so no page carries these words at load.
 */
export const enOffline = {
  'offline-ready': 'This course is now saved in your browser: it works offline on this device too.',
  'update-ready': 'A new version of the course is ready.',
  reload: 'Reload to update',
  later: 'Not now',
  close: 'Close',
} as const satisfies Record<string, Message>;

/** The text for `key`, placeholders filled from `values` (see `translate.ts`). */
export const to = createTranslator(enOffline);
