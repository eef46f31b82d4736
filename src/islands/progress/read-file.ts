// Reading a chosen progress file, apart from the stores, so the team report (`/team/`) checks each
// file exactly as an import does without loading this browser's progress.
import { MAX_IMPORT_BYTES, readImport, type ImportResult } from '../../lib/progress/transfer';

/** Reads a chosen file; never throws. */
export async function readProgressFile(file: File): Promise<ImportResult> {
  // Check the size before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, code: 'too-large', detail: `${file.size} bytes; the limit is ${MAX_IMPORT_BYTES}` };
  }
  try {
    return readImport(await file.text());
  } catch {
    return { ok: false, code: 'not-json', detail: 'the file could not be read' };
  }
}
