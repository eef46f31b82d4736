import type { ImportErrorCode } from '../lib/progress/transfer';
import { format } from './format';

/** Why an import file was refused; loaded with the import code, not with the dashboard. */
const messages: Record<ImportErrorCode, string> = {
  'too-large': 'That file is too large to be a progress file (over 2 MB). Nothing was changed.',
  'not-json': 'That file is not a progress file: it is not JSON. Nothing was changed.',
  'not-an-export': 'That file is not a Cloud Security Academy progress export. Nothing was changed.',
  'newer-version':
    'That file comes from a newer version of this site. Reload the page to get the newer version, then import again. Nothing was changed.',
  'checksum-mismatch':
    'That file was changed or damaged after it was exported (its checksum does not match). Nothing was changed.',
  'invalid-progress': 'Parts of that file are not valid progress ({dropped} entries). Nothing was changed.',
};

/** The message for an import error `code`, with `{dropped}` filled in where it applies. */
export const importError = (code: ImportErrorCode, dropped = 0): string =>
  format(messages[code], { dropped });
