import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attemptsDigestInput, canonicalJson, hexDigest } from '../../../../src/lib/paths/digest';
import { makeAttempt } from '../../../fixtures/builders';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'x' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[2,{"y":"x","z":null}]},"b":1}',
    );
  });

  it('leaves out undefined members and writes an undefined array item as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('attemptsDigestInput', () => {
  it('gives the same string for the same attempts written with keys in another order', () => {
    const attempt = makeAttempt();
    const reordered = Object.fromEntries(Object.entries(attempt).reverse()) as typeof attempt;
    expect(attemptsDigestInput([reordered])).toBe(attemptsDigestInput([attempt]));
  });

  it('starts with its format tag and changes when an answer changes', () => {
    const input = attemptsDigestInput([makeAttempt()]);
    expect(input.startsWith('csa-attempts-v1\n[{"confidence":')).toBe(true);
    expect(attemptsDigestInput([makeAttempt({ earned: 2 })])).not.toBe(input);
  });

  it('an empty record has a fixed input', () => {
    expect(attemptsDigestInput([])).toBe('csa-attempts-v1\n[]');
  });
});

describe('hexDigest', () => {
  it('writes the bytes of a SHA-256 as lowercase hex, from an ArrayBuffer or bytes', async () => {
    const input = attemptsDigestInput([]);
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input));
    const expected = createHash('sha256').update(input).digest('hex');
    expect(hexDigest(bytes)).toBe(expected);
    expect(hexDigest(new Uint8Array([0, 255]))).toBe('00ff');
  });
});
