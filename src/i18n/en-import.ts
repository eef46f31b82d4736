import type { ImportErrorCode } from '../lib/progress/transfer';
import { createTranslator } from './translate';

/** Why an import file was refused; loaded with the import code, not with the dashboard. */
const messages = {
  'too-large': 'That file is too large to be a progress file (over 2 MB). Nothing was changed.',
  'not-json': 'That file is not a progress file: it is not JSON. Nothing was changed.',
  'not-an-export': 'That file is not a Cloud Security Academy progress export. Nothing was changed.',
  'newer-version':
    'That file comes from a newer version of this site. Reload the page to get the newer version, then import again. Nothing was changed.',
  'checksum-mismatch':
    'That file was changed or damaged after it was exported (its checksum does not match). Nothing was changed.',
  'invalid-progress': 'Parts of that file are not valid progress ({dropped} entries). Nothing was changed.',
} as const satisfies Record<ImportErrorCode, string>;

const ti = createTranslator(messages);

/** The message for an import error `code`, with `{dropped}` filled in where it applies. */
export const importError = (code: ImportErrorCode, dropped = 0): string => ti(code, { dropped });
