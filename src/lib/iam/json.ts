// A small JSON parser that remembers where every value and key starts in the learner's text
// (line and column, both from 1), so a policy error can point at the line to fix. JSON.parse
// gives no positions for nodes and only an engine-specific offset for syntax errors.

/** Where something starts in the text: line and column count from 1; offset from 0. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export type JsonNode =
  | { kind: 'object'; pos: Position; entries: JsonEntry[] }
  | { kind: 'array'; pos: Position; items: JsonNode[] }
  | { kind: 'string'; pos: Position; value: string }
  | { kind: 'number'; pos: Position; value: number }
  | { kind: 'boolean'; pos: Position; value: boolean }
  | { kind: 'null'; pos: Position };

/** One `"key": value` pair of an object, in the order written (duplicates kept). */
export interface JsonEntry {
  key: string;
  keyPos: Position;
  value: JsonNode;
}

/** What was wrong with the text as JSON: `expected` names what should have come at `pos`. */
export interface JsonSyntaxError {
  code: 'json-syntax';
  expected: 'value' | 'key' | 'colon' | 'comma-or-close' | 'end' | 'string-end' | 'escape' | 'number';
  /** The character found there, or null at the end of the text. */
  found: string | null;
  pos: Position;
}

export type JsonParseResult = { ok: true; value: JsonNode } | { ok: false; error: JsonSyntaxError };

class SyntaxFailure extends Error {
  constructor(readonly detail: JsonSyntaxError) {
    super(detail.expected);
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses `text` as JSON (RFC 8259), keeping positions; the first syntax error stops it. */
export function parseJson(text: string): JsonParseResult {
  let offset = 0;
  let line = 1;
  let lineStart = 0;

  const here = (): Position => ({ line, column: offset - lineStart + 1, offset });
  const fail = (expected: JsonSyntaxError['expected']): never => {
    throw new SyntaxFailure({ code: 'json-syntax', expected, found: text[offset] ?? null, pos: here() });
  };
  const skipSpace = (): void => {
    for (;;) {
      const char = text[offset];
      if (char === '\n') {
        offset += 1;
        line += 1;
        lineStart = offset;
      } else if (char === ' ' || char === '\t' || char === '\r') offset += 1;
      else return;
    }
  };

  const readString = (): string => {
    offset += 1; // the opening quote
    let value = '';
    for (;;) {
      const char = text[offset];
      if (char === undefined || char === '\n') return fail('string-end');
      if (char === '"') {
        offset += 1;
        return value;
      }
      if (char === '\\') {
        const next = text[offset + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) {
          value += String.fromCharCode(parseInt(text.slice(offset + 2, offset + 6), 16));
          offset += 6;
        } else if (ESCAPES[next] !== undefined) {
          value += ESCAPES[next];
          offset += 2;
        } else {
          offset += 1;
          return fail('escape');
        }
      } else if (char < ' ') {
        return fail('string-end');
      } else {
        value += char;
        offset += 1;
      }
    }
  };

  const readValue = (): JsonNode => {
    skipSpace();
    const pos = here();
    const char = text[offset];
    if (char === '{') {
      offset += 1;
      const entries: JsonEntry[] = [];
      skipSpace();
      if (text[offset] === '}') {
        offset += 1;
        return { kind: 'object', pos, entries };
      }
      for (;;) {
        skipSpace();
        if (text[offset] !== '"') fail('key');
        const keyPos = here();
        const key = readString();
        skipSpace();
        if (text[offset] !== ':') fail('colon');
        offset += 1;
        entries.push({ key, keyPos, value: readValue() });
        skipSpace();
        if (text[offset] === ',') offset += 1;
        else if (text[offset] === '}') {
          offset += 1;
          return { kind: 'object', pos, entries };
        } else fail('comma-or-close');
      }
    }
    if (char === '[') {
      offset += 1;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[offset] === ']') {
        offset += 1;
        return { kind: 'array', pos, items };
      }
      for (;;) {
        items.push(readValue());
        skipSpace();
        if (text[offset] === ',') offset += 1;
        else if (text[offset] === ']') {
          offset += 1;
          return { kind: 'array', pos, items };
        } else fail('comma-or-close');
      }
    }
    if (char === '"') return { kind: 'string', pos, value: readString() };
    for (const [word, node] of [
      ['true', { kind: 'boolean', pos, value: true }],
      ['false', { kind: 'boolean', pos, value: false }],
      ['null', { kind: 'null', pos }],
    ] as const) {
      if (text.startsWith(word, offset)) {
        offset += word.length;
        return node;
      }
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = offset;
      const match = NUMBER.exec(text);
      if (match === null) return fail('number');
      offset += match[0].length;
      return { kind: 'number', pos, value: Number(match[0]) };
    }
    return fail('value');
  };

  try {
    const value = readValue();
    skipSpace();
    if (offset < text.length) fail('end');
    return { ok: true, value };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, error: error.detail };
    throw error;
  }
}
