import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson, type JsonNode } from '../../../../src/lib/iam/json';

/** The plain value of a parsed node, to compare with JSON.parse. */
function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((entry) => [entry.key, plain(entry.value)]));
    case 'array':
      return node.items.map(plain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

function parsed(text: string): JsonNode {
  const result = parseJson(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('parseJson', () => {
  it('reads the same values as JSON.parse for any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(plain(parsed(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('reads escapes, numbers and nested values', () => {
    expect(
      plain(
        parsed('{"a": "x\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9", "b": [-1.5e2, 0, true, false, null], "c": {}}'),
      ),
    ).toEqual({
      a: 'x"\\/\b\f\n\r\t\u00e9',
      b: [-150, 0, true, false, null],
      c: {},
    });
    expect(plain(parsed(' [ ] '))).toEqual([]);
  });

  it('gives the line and column where each key and value starts', () => {
    const node = parsed('{\n  "Version": "2012-10-17",\r\n\t"Statement": [\n    {"Effect": "Allow"}\n  ]\n}');
    expect(node.kind).toBe('object');
    if (node.kind !== 'object') return;
    const [version, statement] = node.entries;
    expect(version?.keyPos).toMatchObject({ line: 2, column: 3 });
    expect(version?.value.pos).toMatchObject({ line: 2, column: 14 });
    expect(statement?.keyPos).toMatchObject({ line: 3, column: 2 });
    const list = statement?.value;
    expect(list?.kind === 'array' && list.items[0]?.pos).toMatchObject({ line: 4, column: 5 });
  });

  it.each([
    ['', 'value', null, 1, 1],
    ['{"a": 1,}', 'key', '}', 1, 9],
    ['{"a" 1}', 'colon', '1', 1, 6],
    ['{\n  "a": 1\n  "b": 2\n}', 'comma-or-close', '"', 3, 3],
    ['[1 2]', 'comma-or-close', '2', 1, 4],
    ['{"a": "b}', 'string-end', null, 1, 10],
    ['"line\nbreak"', 'string-end', '\n', 1, 6],
    ['"tab\tinside"', 'string-end', '\t', 1, 5],
    ['"\\x"', 'escape', 'x', 1, 3],
    ['"\\', 'escape', null, 1, 3],
    ['{"a": 1} x', 'end', 'x', 1, 10],
    ['-x', 'number', '-', 1, 1],
    ['{"a": tru}', 'value', 't', 1, 7],
  ])('reports %j as expecting %s at line and column', (text, expected, found, line, column) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'json-syntax', expected, found, pos: { line, column } });
  });

  it('lets errors other than syntax errors through', () => {
    // A string too deep to parse recursively is not a learner's mistake to explain.
    expect(() => parseJson('['.repeat(100_000))).toThrow(RangeError);
  });
});
