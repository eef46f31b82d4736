/**
 * CSV for the team report's download (RFC 4180): fields separated by commas, records by CRLF; a
 * field holding a comma, a double quote, CR or LF is quoted, with its double quotes doubled.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some
 * also with a tab or CR) as a formula. Learner names and file names come from the files, which
 * anyone can write, so such a cell is prefixed with `'` and read as text (OWASP's advice). Numbers
 * are written by the caller as text; the report has no negative ones.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters that make a field need quotes. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, made safe to open in a spreadsheet and quoted where RFC 4180 requires. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records (the first one the header) as CSV text, each record ending in CRLF. */
export function toCsv(records: readonly (readonly (string | number)[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
