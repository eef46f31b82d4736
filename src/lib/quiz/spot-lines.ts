// The lines of a spot question's code, shared by the schema (build) and the spot kind (browser).
// No imports, so the schema can use it without pulling the quiz engine in, and the reverse.

/** Longest line a spot question's code may have: it must fit a phone without wrapping. */
export const SPOT_MAX_LINE_LENGTH = 80;
/** Most lines a spot question's code may have. */
export const SPOT_MAX_LINES = 40;

/** A line made only of brackets, braces, parentheses and commas (`},`, `]`): nothing to spot. */
const ONLY_PUNCTUATION = /^[\s[\]{}(),]*$/;

/** The code's lines, 1-based by index + 1. One trailing newline (YAML `|` adds it) is not a line. */
export function spotCodeLines(code: string): string[] {
  return code.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
}

/**
 * The 1-based numbers of the lines a learner may pick: `selectable` when the question lists them,
 * otherwise every line that is not blank and not only brackets or braces.
 */
export function spotSelectableLines(code: string, selectable?: readonly number[]): number[] {
  if (selectable !== undefined) return [...new Set(selectable)].sort((a, b) => a - b);
  return spotCodeLines(code).flatMap((line, index) => (ONLY_PUNCTUATION.test(line) ? [] : [index + 1]));
}
