import type { QuizAttempt } from '../progress/types';

/**
 * Canonical JSON of `value`: object keys sorted by code unit, no whitespace, arrays in order,
 * `undefined` object members left out (as `JSON.stringify` does). Two equal records give the same
 * string whatever order their keys were written in, so their hashes agree.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/** Versions the digest input, so a later change of what is summarised never matches an old digest. */
export const DIGEST_FORMAT = 'csa-attempts-v1';

/**
 * The string whose SHA-256 is a completion record's digest: the format tag and the canonical JSON
 * of the full attempts the record summarises (see `recordAttempts` in `status.ts`), in the order
 * given. Pure: hashing (crypto.subtle) happens where the record is made, and the team report
 * recomputes it from an export file to tell whether record and export agree.
 */
export const attemptsDigestInput = (attempts: readonly QuizAttempt[]): string =>
  `${DIGEST_FORMAT}\n${canonicalJson(attempts)}`;

/** Lowercase hex of a hash's bytes, as the record shows it. */
export const hexDigest = (bytes: ArrayBuffer | Uint8Array): string =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
