// Fuzzing the decoder with corruptions of a valid stored record: truncated text, values of the
// wrong type, huge, negative and non-finite numbers, unknown ids, prototype names as keys at
// every level, deleted, renamed and duplicated entries. Whatever the input, decodeProgress must
// not throw, must return strictly valid progress, must keep every attempt that is still intact,
// and must never touch Object.prototype.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from '../../../../src/lib/progress/decode';
import type { Progress } from '../../../../src/lib/progress/types';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

/** Runs of each random property; the brief asks for at least 1,000 corruptions. */
const RUNS = 1_000;

const VALID: Progress = makeProgress(
  [
    makeAttempt({ id: 'attempt-1', finishedAt: '2026-11-20T10:00:00.000Z' }),
    makeAttempt({
      id: '3f0c2a4e-8d1b-4c55-9e61-7a2b9c0d1e2f',
      quizId: 'iam-basics',
      finishedAt: '2026-11-21T10:00:00.000+02:00',
      earned: 2.75,
      total: 4,
      passed: true,
      mode: 'exam',
      seed: 4_294_967_295,
      questionIds: ['root-user', 'categorize', 'ordering', 'mfa'],
      responses: {
        'root-user': ['b', 'c'],
        categorize: { 'data-centre': 'aws', 'guest-os': 'customer' },
        ordering: ['prepare', 'detect', 'contain', 'recover'],
        mfa: [],
      },
      confidence: { 'root-user': 'unsure', categorize: 'sure' },
      durationSeconds: 312.4,
      tagScores: {
        'area:iam': { earned: 1.75, total: 3 },
        'difficulty:advanced': { earned: 1, total: 1 },
        'module:iam': { earned: 2.75, total: 4 },
      },
    }),
    makeAttempt({ id: 'attempt-3', earned: 0, total: 0, passed: false, seed: null, durationSeconds: null }),
    makeAttempt({
      id: 'attempt-4',
      quizId: 'iam-basics',
      earned: 1,
      passed: false,
      confidence: {},
      tagScores: {},
    }),
  ],
  {
    lessons: {
      'shared-responsibility/security-of-and-in-the-cloud': {
        firstVisitedAt: '2026-11-20T09:00:00.000Z',
        lastVisitedAt: '2026-11-21T09:00:00.000Z',
      },
      'iam/least-privilege': { firstVisitedAt: '2026-11-21T09:00:00Z', lastVisitedAt: '2026-11-21T09:30Z' },
    },
    archive: {
      quizzes: {
        'shared-responsibility': {
          attempts: 12,
          passed: true,
          bestEarned: 3,
          bestTotal: 3,
          lastEarned: 1.5,
          lastTotal: 3,
          lastAt: '2026-11-01T10:00:00.000Z',
        },
        'iam-basics': {
          attempts: 1,
          passed: false,
          bestEarned: 0,
          bestTotal: 4,
          lastEarned: 0,
          lastTotal: 4,
          lastAt: '2026-10-01T10:00:00.000Z',
        },
      },
      days: {
        '2026-10-01': { attempts: 1, earned: 0, total: 4 },
        '2026-11-01': { attempts: 12, earned: 30.5, total: 36 },
      },
      tags: {
        'area:iam': { earned: 0, total: 4 },
        'module:iam': { earned: 0, total: 4 },
        'area:shared-responsibility': { earned: 30.5, total: 36 },
      },
      practiceTags: {},
    },
    labs: {
      'read-one-bucket': {
        firstRunAt: '2026-11-20T09:10:00.000Z',
        lastRunAt: '2026-11-21T09:40:00.000+02:00',
        runs: 5,
        completedAt: '2026-11-21T09:40:00.000+02:00',
        best: { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2 },
        policy: '{ "Version": "2012-10-17", "Statement": [] }',
      },
      'spot-the-open-bucket': {
        firstRunAt: '2026-11-21T10:00:00.000Z',
        lastRunAt: '2026-11-21T10:00:00.000Z',
        runs: 1,
        completedAt: null,
        best: { checksPassed: 1, checksTotal: 2, probesDenied: 0, probesTotal: 0 },
        policy: null,
      },
    },
  },
);
const VALID_TEXT = encodeProgress(VALID);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path in `node`, the root's (empty) included, parents before children. */
function pathsOf(node: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(node)) node.forEach((child, index) => pathsOf(child, [...path, index], out));
  else if (isObject(node))
    for (const key of Object.keys(node)) pathsOf(node[key] as Json, [...path, key], out);
  return out;
}

const get = (root: Json, path: Path): Json =>
  path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);

/** Sets an own data property, so "__proto__" becomes a key, as JSON.parse makes it, not a prototype. */
function setOwn(parent: Json, key: string | number, value: Json): void {
  if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype'] as const;
/** Text put in place of a marker string after encoding: numbers JSON can hold but JavaScript cannot. */
const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '3.0',
  '123456789012345678901234567890',
  '9007199254740993',
];

const badValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    -0.5,
    1.5,
    2.5,
    10_001,
    2 ** 32,
    2 ** 53,
    1e308,
    -1e308,
    '',
    'NaN',
    'Infinity',
    'Bad Id',
    'UPPER',
    'x'.repeat(250),
    '2026-02-30',
    '2026-11-28T10:00:00.000Z',
    'yesterday',
    'sure',
    'exam',
    'area:iam',
    'sec:4',
    'domain:data-protection',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    [],
    {},
    [null],
    ['a'],
    { earned: 1, total: 1 },
    { polluted: true },
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const newKey = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_NAMES,
    'toString',
    'hasOwnProperty',
    'Bad Id',
    'unknown-id',
    'iam/unknown',
    '2026-02-30',
    '2026-12-01',
    'area:unknown',
    'sec:12',
    'domain:unknown',
    'topic:iam',
    '',
  ),
  fc.string({ maxLength: 8 }),
);

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'raw'; at: number; text: string }
  | { kind: 'delete'; at: number }
  | { kind: 'inject'; at: number; key: string; value: Json }
  | { kind: 'rename'; at: number; key: string }
  | { kind: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: badValue }),
  fc.record({ kind: fc.constant('raw' as const), at: fc.nat(), text: fc.constantFrom(...RAW_NUMBERS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.nat(),
    key: fc.constantFrom(...PROTOTYPE_NAMES),
    value: badValue,
  }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), key: newKey }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** The valid record with `mutations` applied, as stored text. */
function corrupt(mutations: readonly Mutation[]): string {
  const root = JSON.parse(VALID_TEXT) as Json;
  const raws: string[] = [];
  for (const change of mutations) {
    const all = pathsOf(root);
    const path = all[change.at % all.length] as Path;
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = key === undefined ? undefined : get(root, parentPath);
    const node = get(root, path);
    if (change.kind === 'replace' && parent !== undefined && key !== undefined)
      setOwn(parent, key, change.value);
    if (change.kind === 'raw' && parent !== undefined && key !== undefined) {
      setOwn(parent, key, `@@raw-${raws.length}@@`);
      raws.push(change.text);
    }
    if (change.kind === 'delete' && parent !== undefined && key !== undefined) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent as object, key);
    }
    if (change.kind === 'inject' && isObject(node)) setOwn(node, change.key, change.value);
    if (change.kind === 'rename' && isObject(parent) && typeof key === 'string') {
      const value = parent[key] as Json;
      Reflect.deleteProperty(parent, key);
      setOwn(parent, change.key, value);
    }
    if (change.kind === 'duplicate' && Array.isArray(parent) && typeof key === 'number') {
      parent.splice(key, 0, structuredClone(parent[key] as Json));
    }
  }
  return raws.reduce((text, raw, index) => text.replace(`"@@raw-${index}@@"`, raw), JSON.stringify(root));
}

// ---- A strict validity check, written apart from the decoder ----

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const TAG = /^(?:area|difficulty|module|sec|domain):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isId = (value: unknown): boolean =>
  typeof value === 'string' && value.length <= 200 && ID.test(value) && !(value in Object.prototype);
const isTime = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isPlain = (value: unknown): value is Record<string, unknown> =>
  isObject(value) && Object.getPrototypeOf(value) === Object.prototype;
const isScore = (value: unknown, maxTotal: number): boolean =>
  isPlain(value) &&
  Number.isInteger(value['total']) &&
  (value['total'] as number) >= 0 &&
  (value['total'] as number) <= maxTotal &&
  typeof value['earned'] === 'number' &&
  Number.isFinite(value['earned']) &&
  value['earned'] >= 0 &&
  value['earned'] <= (value['total'] as number);
const keyedBy = (
  value: unknown,
  isKey: (key: string) => boolean,
  check: (entry: unknown) => boolean,
): boolean => isPlain(value) && Object.entries(value).every(([key, entry]) => isKey(key) && check(entry));
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 1;

function isValidAttempt(value: unknown): boolean {
  if (!isPlain(value)) return false;
  const {
    id,
    quizId,
    finishedAt,
    kind,
    passed,
    mode,
    seed,
    questionIds,
    responses,
    confidence,
    durationSeconds,
    tagScores,
  } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= 100 &&
    isId(quizId) &&
    isTime(finishedAt) &&
    isScore({ earned: value['earned'], total: value['total'] }, 10_000) &&
    (kind === 'quiz' || kind === 'retry' || kind === 'review') &&
    typeof passed === 'boolean' &&
    (kind === 'quiz' || passed === false) &&
    (mode === 'practice' || mode === 'exam') &&
    (seed === null || (Number.isInteger(seed) && (seed as number) >= 0 && (seed as number) < 2 ** 32)) &&
    Array.isArray(questionIds) &&
    questionIds.every(isId) &&
    new Set(questionIds).size === questionIds.length &&
    keyedBy(responses, isId, (response) =>
      Array.isArray(response) ? response.every(isId) : keyedBy(response, isId, isId),
    ) &&
    keyedBy(confidence, isId, (level) => level === 'sure' || level === 'unsure') &&
    (durationSeconds === null ||
      (typeof durationSeconds === 'number' && Number.isFinite(durationSeconds) && durationSeconds >= 0)) &&
    keyedBy(
      tagScores,
      (key) => TAG.test(key),
      (score) => isScore(score, 10_000),
    )
  );
}

const isWhole = (value: unknown, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** Whether `value` is a valid lab record (version 5), checked without the decoder. */
function isValidLab(value: unknown): boolean {
  if (!isPlain(value)) return false;
  const { firstRunAt, lastRunAt, runs, completedAt, best, policy } = value;
  return (
    isTime(firstRunAt) &&
    isTime(lastRunAt) &&
    isWhole(runs, Number.MAX_SAFE_INTEGER) &&
    (runs as number) >= 1 &&
    (completedAt === null || isTime(completedAt)) &&
    isPlain(best) &&
    isWhole(best['checksPassed'], 1_000) &&
    isWhole(best['checksTotal'], 1_000) &&
    isWhole(best['probesDenied'], 1_000) &&
    isWhole(best['probesTotal'], 1_000) &&
    (best['checksPassed'] as number) <= (best['checksTotal'] as number) &&
    (best['probesDenied'] as number) <= (best['probesTotal'] as number) &&
    (policy === null || (typeof policy === 'string' && policy.length <= 20_000))
  );
}

/** Whether `progress` is valid current-version progress, checked without the decoder. */
function isValidProgress(progress: unknown): boolean {
  if (!isPlain(progress)) return false;
  const { version, lessons, attempts, archive, labs } = progress;
  if (Object.keys(progress).sort().join() !== 'archive,attempts,labs,lessons,version' || version !== 5)
    return false;
  if (!keyedBy(labs, isId, isValidLab)) return false;
  if (
    !keyedBy(
      lessons,
      isId,
      (lesson) => isPlain(lesson) && isTime(lesson['firstVisitedAt']) && isTime(lesson['lastVisitedAt']),
    )
  ) {
    return false;
  }
  if (!Array.isArray(attempts) || !attempts.every(isValidAttempt)) return false;
  if (new Set(attempts.map((attempt: { id: string }) => attempt.id)).size !== attempts.length) return false;
  if (!isPlain(archive)) return false;
  return (
    keyedBy(
      archive['quizzes'],
      isId,
      (entry) =>
        isPlain(entry) &&
        isCount(entry['attempts']) &&
        typeof entry['passed'] === 'boolean' &&
        isScore({ earned: entry['bestEarned'], total: entry['bestTotal'] }, 10_000) &&
        isScore({ earned: entry['lastEarned'], total: entry['lastTotal'] }, 10_000) &&
        isTime(entry['lastAt']),
    ) &&
    keyedBy(
      archive['days'],
      (key) => DAY.test(key) && new Date(`${key}T00:00:00Z`).toISOString().startsWith(key),
      (entry) => isPlain(entry) && isCount(entry['attempts']) && isScore(entry, Number.MAX_SAFE_INTEGER),
    ) &&
    (['tags', 'practiceTags'] as const).every((section) =>
      keyedBy(
        archive[section],
        (key) => TAG.test(key),
        (entry) => isScore(entry, Number.MAX_SAFE_INTEGER),
      ),
    )
  );
}

// ---- The properties ----

const PROTOTYPE_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();

function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_BEFORE);
  const probe: Record<string, unknown> = {};
  for (const name of ['polluted', 'earned', 'total', 'firstVisitedAt', 'attempts', 'sure', 'a']) {
    expect(probe[name]).toBeUndefined();
  }
}

/** Checks what decoding `text` gives: no throw, valid progress, intact attempts kept, prototype untouched. */
function checkDecoding(text: string): void {
  let result: ReturnType<typeof decodeProgress> | undefined;
  expect(() => {
    result = decodeProgress(text);
  }).not.toThrow();
  const { progress } = result as ReturnType<typeof decodeProgress>;

  expect(isValidProgress(progress)).toBe(true);
  expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, problem: null });

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  // Attempts are read by the same rules from version 2 on; version 1 converts them. Before
  // version 4 an attempt's kind (and so whether it may pass) is worked out on migration.
  const version = isObject(data) ? data['version'] : undefined;
  if (
    (version === 2 || version === 3 || version === 4 || version === 5) &&
    isObject(data) &&
    Array.isArray(data['attempts'])
  ) {
    const stored = data['attempts'] as unknown[];
    for (const original of VALID.attempts) {
      const index = stored.findIndex((entry) => isDeepStrictEqual(entry, original));
      if (index === -1) continue;
      const shadowed = stored.slice(0, index).some((entry) => isObject(entry) && entry['id'] === original.id);
      const kept = progress.attempts.find((attempt) => attempt.id === original.id);
      expect(kept).toBeDefined();
      if (shadowed) continue;
      if (version === 4 || version === 5) expect(kept).toEqual(original);
      else expect({ ...kept, kind: original.kind, passed: original.passed }).toEqual(original);
    }
  }
  expectPrototypeUntouched();
}

describe('decodeProgress under fuzzing', () => {
  it('decodes the uncorrupted record unchanged', () => {
    expect(isValidProgress(VALID)).toBe(true);
    expect(decodeProgress(VALID_TEXT)).toEqual({ progress: VALID, problem: null });
  });

  it(`survives ${RUNS} records with 1 to 8 random corruptions`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        checkDecoding(corrupt(mutations));
      }),
      { numRuns: RUNS },
    );
  });

  it(`survives ${RUNS} records truncated at random points, after random corruptions or none`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 3 }), fc.nat(), (mutations, cut) => {
        const text = corrupt(mutations);
        checkDecoding(text.slice(0, cut % text.length));
      }),
      { numRuns: RUNS },
    );
  });

  it(`survives ${RUNS} records whose attempts are shuffled, duplicated and corrupted`, () => {
    const entry = fc.oneof(
      fc.constantFrom(...VALID.attempts),
      fc
        .record({
          base: fc.constantFrom(...VALID.attempts),
          field: fc.constantFrom(...Object.keys(makeAttempt())),
          value: badValue,
        })
        .map(({ base, field, value }) => ({ ...base, [field]: value })),
      badValue,
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), fc.constantFrom(2, 3, 4, 5), (attempts, version) => {
        checkDecoding(JSON.stringify({ version, lessons: VALID.lessons, attempts, archive: VALID.archive }));
      }),
      { numRuns: RUNS },
    );
  });

  it('survives a prototype name injected as a key into every object of the record', () => {
    const objectPaths = pathsOf(JSON.parse(VALID_TEXT) as Json).filter((path) =>
      isObject(get(JSON.parse(VALID_TEXT) as Json, path)),
    );
    let cases = 0;
    for (const path of objectPaths) {
      for (const key of PROTOTYPE_NAMES) {
        for (const value of [{ polluted: true }, { earned: 1, total: 1 }, 'sure', ['a'], null] as Json[]) {
          const root = JSON.parse(VALID_TEXT) as Json;
          setOwn(get(root, path), key, value);
          checkDecoding(JSON.stringify(root));
          cases += 1;
        }
      }
    }
    expect(cases).toBeGreaterThan(500);
  });
});
