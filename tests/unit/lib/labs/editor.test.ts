import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caretForLine,
  editorSize,
  enterWithIndent,
  isPlainEnter,
  isRunShortcut,
  lineAt,
  lineCount,
  lineRange,
  longestLine,
  markedLines,
  textBlocks,
} from '../../../../src/lib/labs/editor';

const POLICY =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow"\n    }\n  ]\n}';

describe('lineCount', () => {
  it('counts an empty text as one line', () => {
    expect(lineCount('')).toBe(1);
  });

  it('counts a trailing line break as the start of a new line', () => {
    expect(lineCount('a\nb\n')).toBe(3);
  });

  it('counts the lines of a policy', () => {
    expect(lineCount(POLICY)).toBe(8);
  });
});

describe('lineAt', () => {
  it('names the line that holds an offset', () => {
    expect(lineAt(POLICY, 0)).toBe(1);
    expect(lineAt(POLICY, POLICY.indexOf('"Effect"'))).toBe(5);
    expect(lineAt(POLICY, POLICY.length)).toBe(8);
  });

  it('treats a negative offset as the start', () => {
    expect(lineAt(POLICY, -4)).toBe(1);
  });
});

describe('lineRange', () => {
  it('gives the start and end of a line without its line break', () => {
    const { start, end } = lineRange(POLICY, 2);
    expect(POLICY.slice(start, end)).toBe('  "Version": "2012-10-17",');
  });

  it('gives the last line for a line past the end, so a stale mark never throws', () => {
    const { start, end } = lineRange(POLICY, 99);
    expect(POLICY.slice(start, end)).toBe('}');
  });

  it('gives the first line for line 0', () => {
    expect(lineRange(POLICY, 0)).toEqual({ start: 0, end: 1 });
  });

  it('agrees with lineAt for every line of any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '{') })),
        fc.nat(),
        (parts, n) => {
          const text = parts.join('');
          const line = (n % lineCount(text)) + 1;
          const { start, end } = lineRange(text, line);
          expect(lineAt(text, start)).toBe(line);
          expect(text.slice(start, end)).not.toContain('\n');
        },
      ),
    );
  });
});

describe('caretForLine', () => {
  it('puts the caret after the indentation of the line', () => {
    const caret = caretForLine(POLICY, 5);
    expect(POLICY.slice(caret).startsWith('"Effect"')).toBe(true);
  });
});

describe('markedLines', () => {
  it('lists each line with a problem once, in order', () => {
    expect(markedLines([{ line: 9 }, { line: 2 }, { line: 9 }])).toEqual([2, 9]);
  });

  it('marks nothing when there is no problem', () => {
    expect(markedLines([])).toEqual([]);
  });
});

describe('enterWithIndent', () => {
  it("keeps the current line's indentation on the new line", () => {
    const text = '{\n    "Effect": "Allow",';
    const edit = enterWithIndent(text, text.length, text.length);
    expect(edit.text).toBe(`${text}\n    `);
    expect(edit.caret).toBe(edit.text.length);
  });

  it('replaces the selection', () => {
    const text = '  abc xyz';
    const edit = enterWithIndent(text, 5, 6);
    expect(edit.text).toBe('  abc\n  xyz');
    expect(edit.caret).toBe(8);
  });

  it('indents only with what is before the caret', () => {
    const edit = enterWithIndent('    x', 2, 2);
    expect(edit.text).toBe('  \n    x');
    expect(edit.caret).toBe(5);
  });

  it('adds no indentation on the first, unindented line', () => {
    expect(enterWithIndent('{', 1, 1)).toEqual({ text: '{\n', caret: 2 });
  });
});

describe('keys', () => {
  const key = {
    key: 'Enter',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    isComposing: false,
  };

  it('runs the checks on Ctrl+Enter and Cmd+Enter only', () => {
    expect(isRunShortcut({ ...key, ctrlKey: true })).toBe(true);
    expect(isRunShortcut({ ...key, metaKey: true })).toBe(true);
    expect(isRunShortcut(key)).toBe(false);
    expect(isRunShortcut({ ...key, key: 'a', ctrlKey: true })).toBe(false);
  });

  it('handles a plain Enter only, never Tab or a modified or composing Enter', () => {
    expect(isPlainEnter(key)).toBe(true);
    expect(isPlainEnter({ ...key, shiftKey: true })).toBe(false);
    expect(isPlainEnter({ ...key, isComposing: true })).toBe(false);
    expect(isPlainEnter({ ...key, key: 'Tab' })).toBe(false);
  });
});

describe('textBlocks', () => {
  it('splits paragraphs at blank lines and joins the lines of one paragraph', () => {
    expect(textBlocks('Alice needs\nthe reports.\n\n  \nNothing else.\n')).toEqual([
      [{ code: false, text: 'Alice needs the reports.' }],
      [{ code: false, text: 'Nothing else.' }],
    ]);
  });

  it('marks text between backticks as code', () => {
    expect(textBlocks('Allow `s3:GetObject` on `reports/*` only')).toEqual([
      [
        { code: false, text: 'Allow ' },
        { code: true, text: 's3:GetObject' },
        { code: false, text: ' on ' },
        { code: true, text: 'reports/*' },
        { code: false, text: ' only' },
      ],
    ]);
  });

  it('keeps an unmatched backtick as written', () => {
    expect(textBlocks('a ` b')).toEqual([[{ code: false, text: 'a ` b' }]]);
  });

  it('gives no paragraph for blank text', () => {
    expect(textBlocks('  \n\n ')).toEqual([]);
  });
});

describe('editorSize', () => {
  it('fits the longest line and every line, with one spare of each', () => {
    const text = `${'x'.repeat(40)}\n${'y\n'.repeat(20)}`;
    expect(editorSize(text)).toEqual({ cols: 42, rows: 23 });
  });

  it('counts a tab as two characters', () => {
    expect(longestLine('\t\tabc')).toBe(7);
  });

  it('never goes below the minimum size', () => {
    expect(editorSize('')).toEqual({ cols: 20, rows: 12 });
  });
});
