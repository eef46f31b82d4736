/**
 * The lab editor's text rules (pure: no DOM): line numbers, where a line starts in the text (to
 * move the caret to a problem), which lines carry a problem, and the indentation that Enter keeps.
 * Tab is never handled here: it leaves the editor (WCAG 2.1.2, no keyboard trap).
 */

/** How many lines `text` has (an empty text is one empty line). */
export function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/** The line (from 1) that holds the character at `offset`. */
export function lineAt(text: string, offset: number): number {
  return lineCount(text.slice(0, Math.max(0, offset)));
}

/**
 * Where line `line` (from 1) starts and ends (the end excludes its line break). A line before the
 * first is the first; one after the last is the last, so a stale mark never throws.
 */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}

/**
 * Where the caret goes for a problem on `line`: after the line's indentation, so the learner
 * starts reading at its first character.
 */
export function caretForLine(text: string, line: number): number {
  const { start, end } = lineRange(text, line);
  const indent = /^[ \t]*/.exec(text.slice(start, end))?.[0].length ?? 0;
  return start + indent;
}

/** The lines that carry a problem, each once, in order. */
export function markedLines(problems: readonly { line: number }[]): number[] {
  return [...new Set(problems.map((problem) => problem.line))].sort((a, b) => a - b);
}

/** The result of pressing Enter: the new text and where the caret goes. */
export interface Edit {
  text: string;
  caret: number;
}

/**
 * Enter between `start` and `end` (the selection): a line break followed by the indentation of
 * the line the caret is on (its leading spaces and tabs, up to the caret), so the next line lines
 * up with the previous one. Nothing else is guessed.
 */
export function enterWithIndent(text: string, start: number, end: number): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, start))?.[0] ?? '';
  const inserted = `\n${indent}`;
  return { text: text.slice(0, start) + inserted + text.slice(end), caret: start + inserted.length };
}

/** True for the run shortcut: Ctrl+Enter, or Cmd+Enter on a Mac. */
export function isRunShortcut(key: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return key.key === 'Enter' && (key.ctrlKey || key.metaKey);
}

/** True for a plain Enter the editor handles itself (no modifier, not while composing text). */
export function isPlainEnter(key: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
}): boolean {
  return (
    key.key === 'Enter' && !key.ctrlKey && !key.metaKey && !key.altKey && !key.shiftKey && !key.isComposing
  );
}

/** A run of a lab's plain text: words, or a `code` span. */
export interface TextRun {
  code: boolean;
  text: string;
}

/**
 * A lab's plain text (scenario, explanation) as paragraphs of runs: a blank line starts a new
 * paragraph, and text between backticks is code. An unmatched backtick stays as written.
 */
export function textBlocks(text: string): TextRun[][] {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => {
      const parts = paragraph.split('`');
      if (parts.length % 2 === 0) return [{ code: false, text: paragraph }];
      return parts
        .map((part, index) => ({ code: index % 2 === 1, text: part }))
        .filter((run) => run.text !== '');
    });
}

/** The length of the longest line of `text` (a tab counts as 2, as the editor shows it). */
export function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((line) => line.replaceAll('\t', '  ').length));
}

/**
 * The editor's size in characters: every line fits without wrapping or scrolling inside it (the
 * box around it scrolls sideways instead), with a spare line and column, and at least `min`.
 */
export function editorSize(text: string, min = { cols: 20, rows: 12 }): { cols: number; rows: number } {
  return { cols: Math.max(longestLine(text) + 2, min.cols), rows: Math.max(lineCount(text) + 1, min.rows) };
}
