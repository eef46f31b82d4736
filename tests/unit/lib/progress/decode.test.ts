import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  decodeProgress,
  decodeProgressData,
  encodeProgress,
  migrateV1,
  migrateV2,
  migrateV3,
  migrateV4,
  kindsOfV3,
  readLab,
  readLabBest,
} from '../../../../src/lib/progress/decode';
import {
  PROGRESS_VERSION,
  type LessonRecord,
  type Progress,
  type QuizAttempt,
} from '../../../../src/lib/progress/types';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const EMPTY_ARCHIVE = { quizzes: {}, days: {}, tags: {}, practiceTags: {} };
const EMPTY = { version: 5, lessons: {}, attempts: [], archive: EMPTY_ARCHIVE, labs: {} };
const LESSON_ID = 'shared-responsibility/security-of-and-in-the-cloud';
const VISIT: LessonRecord = {
  firstVisitedAt: '2026-11-28T09:00:00.000Z',
  lastVisitedAt: '2026-11-28T09:30:00.000Z',
};

/** Stored text for a current-version (5) record with the given fields. */
const stored = (fields: Record<string, unknown>): string => JSON.stringify({ version: 5, ...fields });

/** Stored text for a version-2 record with the given fields. */
const storedV2 = (fields: Record<string, unknown>): string => JSON.stringify({ version: 2, ...fields });

/** Stored text for a version-1 record with the given fields. */
const storedV1 = (fields: Record<string, unknown>): string => JSON.stringify({ version: 1, ...fields });

/** Stored text holding the given attempts (plain objects, so invalid fields can be written). */
const storedAttempts = (...attempts: unknown[]): string => stored({ lessons: {}, attempts });

/** Version-1 stored text holding the given attempts. */
const storedAttemptsV1 = (...attempts: unknown[]): string => storedV1({ lessons: {}, attempts });

/** A valid version-3 attempt (the same shape as version 2) as stored, with some fields replaced. */
const rawAttempt = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  ...makeAttempt(),
  ...overrides,
});

/** A valid version-1 attempt as the site stored it until now, with some fields replaced. */
const rawAttemptV1 = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'attempt-1',
  quizId: 'shared-responsibility',
  finishedAt: '2026-11-28T10:00:00.000Z',
  earned: 3,
  total: 3,
  passed: true,
  responses: { single: ['a'], multiple: ['a', 'b'], 'true-false': ['false'] },
  ...overrides,
});

/** What `rawAttemptV1()` becomes in version 2 and 3 (its responses answer the questions of `makeAttempt`). */
/** A version-1 attempt once decoded: a full quiz, with what version 1 did not store left empty. */
const migratedV1 = (overrides: Partial<QuizAttempt> = {}): QuizAttempt =>
  makeAttempt({ seed: null, confidence: {}, durationSeconds: null, tagScores: {}, ...overrides });

/** A version-1 attempt as `migrateV1` gives it: no kind yet (version 4 adds it). */
const migratedV1Raw = (overrides: Partial<QuizAttempt> = {}) => {
  const { kind: _kind, ...attempt } = migratedV1(overrides);
  return attempt;
};

/**
 * Stored text of one version-3 attempt whose `field` is the raw JSON `json`. Written as text, so
 * keys such as "__proto__" stay own keys, as they do in what a browser stores.
 */
const storedWithRawField = (field: string, json: string): string =>
  storedAttempts(rawAttempt({ [field]: '@@raw@@' })).replace('"@@raw@@"', json);

/** Asserts that nothing was added to Object.prototype. */
function expectPrototypeUntouched() {
  const probe: Record<string, unknown> = {};
  expect(probe['polluted']).toBeUndefined();
  expect(probe['firstVisitedAt']).toBeUndefined();
  expect(probe['sure']).toBeUndefined();
  expect(probe['earned']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('decodeProgress: what is stored as a whole', () => {
  it('returns empty progress and no problem when nothing is stored', () => {
    expect(decodeProgress(undefined)).toEqual({ progress: EMPTY, problem: null });
  });

  it('returns empty progress and unreadable for text that is not JSON', () => {
    expect(decodeProgress('{"version":2,"lessons":')).toEqual({
      progress: EMPTY,
      problem: { code: 'unreadable' },
    });
    expect(decodeProgress('')).toEqual({ progress: EMPTY, problem: { code: 'unreadable' } });
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"progress"'],
    ['true', 'true'],
    ['an array', '[{"version":2}]'],
    ['an object without a version', '{"lessons":{},"attempts":[]}'],
    ['a version given as a string', '{"version":"2","lessons":{},"attempts":[]}'],
    ['a fractional version', '{"version":1.5,"lessons":{},"attempts":[]}'],
    ['version 0', '{"version":0,"lessons":{},"attempts":[]}'],
    ['a negative version', '{"version":-1,"lessons":{},"attempts":[]}'],
    ['a version too large for a number', '{"version":1e400,"lessons":{},"attempts":[]}'],
  ])('returns empty progress and not-progress for JSON that is %s', (_what, text) => {
    expect(decodeProgress(text)).toEqual({ progress: EMPTY, problem: { code: 'not-progress' } });
  });

  it('returns empty progress and newer-version with the version for data from a newer site', () => {
    const text = JSON.stringify({ version: 6, lessons: { [LESSON_ID]: VISIT }, attempts: [makeAttempt()] });

    expect(decodeProgress(text)).toEqual({ progress: EMPTY, problem: { code: 'newer-version', version: 6 } });
  });

  it.each([
    ['3.0', '{"version":3.0,"lessons":{},"attempts":[]}'],
    ['2.0', '{"version":2.0,"lessons":{},"attempts":[]}'],
    ['1.0', '{"version":1.0,"lessons":{},"attempts":[]}'],
  ])('accepts the version written as %s', (_what, text) => {
    expect(decodeProgress(text)).toEqual({ progress: EMPTY, problem: null });
  });

  it.each([
    ['version 3', '{"version":3}'],
    ['version 2', '{"version":2}'],
    ['version 1', '{"version":1}'],
  ])('returns no problem for a %s record with no lessons and no attempts fields', (_what, text) => {
    expect(decodeProgress(text)).toEqual({ progress: EMPTY, problem: null });
  });

  it('returns a fully valid record unchanged with no problem', () => {
    const attempt = makeAttempt({ id: 'attempt-1' });
    const text = stored({ lessons: { [LESSON_ID]: VISIT }, attempts: [attempt] });

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT },
        attempts: [attempt],
      },
      problem: null,
    });
  });
});

describe('decodeProgress: lessons', () => {
  it('keeps every valid lesson when one lesson is malformed', () => {
    const other = 'iam/least-privilege';
    const text = stored({
      lessons: { [LESSON_ID]: VISIT, 'iam/broken': { firstVisitedAt: 'yesterday' }, [other]: VISIT },
      attempts: [],
    });

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT, [other]: VISIT },
        attempts: [],
      },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['is not an object', 'visited'],
    ['is null', null],
    ['is an array', [VISIT.firstVisitedAt, VISIT.lastVisitedAt]],
    ['lacks the last visit', { firstVisitedAt: VISIT.firstVisitedAt }],
    ['has a timestamp that is not a date', { ...VISIT, lastVisitedAt: 'not a date' }],
    ['has a month that does not exist', { ...VISIT, firstVisitedAt: '2026-13-45T09:00:00.000Z' }],
    ['has a timestamp given as a number', { ...VISIT, firstVisitedAt: Date.parse(VISIT.firstVisitedAt) }],
    [
      'has a timestamp longer than 40 characters, even one that parses',
      { ...VISIT, lastVisitedAt: 'Sat Nov 28 2026 09:30:00 GMT+0000 (Coordinated Universal Time)' },
    ],
  ])('drops a lesson whose record %s', (_what, record) => {
    expect(decodeProgress(stored({ lessons: { [LESSON_ID]: record }, attempts: [] }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['upper case letters', 'Shared-Responsibility/intro'],
    ['spaces', 'shared responsibility/intro'],
    ['an empty segment', 'shared-responsibility//intro'],
    ['a trailing slash', 'shared-responsibility/intro/'],
    ['nothing at all', ''],
    ['more than 200 characters', `m/${'a'.repeat(199)}`],
  ])('drops a lesson whose id has %s', (_what, lessonId) => {
    expect(decodeProgress(stored({ lessons: { [lessonId]: VISIT }, attempts: [] }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['words with a number', 'hello 1'],
    ['a bare number', '1'],
  ])('drops a lesson whose timestamp is %s rather than an ISO 8601 time', (_what, time) => {
    expect(
      decodeProgress(stored({ lessons: { [LESSON_ID]: { ...VISIT, lastVisitedAt: time } }, attempts: [] })),
    ).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('keeps a lesson whose times carry a UTC offset instead of Z', () => {
    const visit = {
      firstVisitedAt: '2026-11-28T11:00:00+02:00',
      lastVisitedAt: '2026-11-28T11:30:00.000+02:00',
    };

    expect(decodeProgress(stored({ lessons: { [LESSON_ID]: visit }, attempts: [] }))).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: visit },
        attempts: [],
      },
      problem: null,
    });
  });

  it('keeps a lesson whose id is exactly 200 characters', () => {
    const lessonId = `m/${'a'.repeat(198)}`;

    expect(decodeProgress(stored({ lessons: { [lessonId]: VISIT }, attempts: [] }))).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [lessonId]: VISIT },
        attempts: [],
      },
      problem: null,
    });
  });

  it.each([
    ['an array', [VISIT]],
    ['a string', 'lessons'],
    ['null', null],
  ])('counts lessons stored as %s as one dropped entry and keeps the attempts', (_what, lessons) => {
    const attempt = makeAttempt({ id: 'attempt-1' });

    expect(decodeProgress(stored({ lessons, attempts: [attempt] }))).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [attempt] },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('drops only the fields it knows of from a lesson record', () => {
    const text = stored({ lessons: { [LESSON_ID]: { ...VISIT, note: 'extra' } }, attempts: [] });

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT },
        attempts: [],
      },
      problem: null,
    });
  });
});

// Rules both versions share, so each is checked against a version-2 and a version-1 attempt.
const invalidInBothVersions: [string, Record<string, unknown>][] = [
  ['has no id', { id: undefined }],
  ['has an empty id', { id: '' }],
  ['has an id longer than 100 characters', { id: 'x'.repeat(101) }],
  ['has a numeric id', { id: 7 }],
  ['has a quiz id that is not kebab-case', { quizId: 'Shared Responsibility' }],
  ['has no quiz id', { quizId: undefined }],
  ['has a finishing time that is not a date', { finishedAt: 'soon' }],
  ['has a finishing time given as a number', { finishedAt: 1_795_000_000_000 }],
  ['has negative points earned', { earned: -1 }],
  ['has points given as a string', { earned: '3' }],
  ['has no points earned', { earned: undefined }],
  ['has a huge total', { earned: 3, total: 1e21 }],
  ['has a total just above the limit of 10000', { earned: 3, total: 10_001 }],
  ['has a negative total', { earned: 0, total: -3 }],
  ['has a fractional total', { earned: 1, total: 2.5 }],
  ['has a total given as a string', { earned: 1, total: '3' }],
  ['earned more points than the total', { earned: 4, total: 3 }],
  ['has passed given as a string', { passed: 'true' }],
  ['has no passed flag', { passed: undefined }],
  ['has no responses', { responses: undefined }],
  ['has responses given as an array', { responses: [['a']] }],
  ['has a response that is not a list', { responses: { single: 'a' } }],
  ['has a response that is null', { responses: { single: null } }],
  ['has a response with a non-string id', { responses: { single: [1] } }],
  ['has a response with an id that is not kebab-case', { responses: { single: ['A'] } }],
  ['has a question id that is not kebab-case', { responses: { 'Single Choice': ['a'] } }],
  ['has a response with more than 50 ids', { responses: { single: Array(51).fill('a') } }],
];

describe('decodeProgress: attempts', () => {
  it('keeps every valid attempt, in order, when one attempt is malformed', () => {
    const first = makeAttempt({ id: 'attempt-1', finishedAt: '2026-11-28T10:00:00.000Z' });
    const third = makeAttempt({ id: 'attempt-3', finishedAt: '2026-11-28T12:00:00.000Z' });
    const text = storedAttempts(first, rawAttempt({ id: 'attempt-2', earned: 'three' }), third);

    expect(decodeProgress(text)).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [first, third] },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('counts every dropped lesson and attempt together', () => {
    const valid = makeAttempt({ id: 'attempt-1' });
    const text = stored({
      lessons: { [LESSON_ID]: VISIT, 'Bad Id': VISIT, 'iam/intro': 'no' },
      attempts: [valid, 'attempt', rawAttempt({ id: 'attempt-2', passed: 'yes' })],
    });

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT },
        attempts: [valid],
      },
      problem: { code: 'partly-invalid', dropped: 4 },
    });
  });

  it('keeps the first of two attempts with the same id without reporting a problem', () => {
    const first = makeAttempt({ id: 'same', earned: 3, passed: true });
    const second = makeAttempt({
      id: 'same',
      earned: 0,
      passed: false,
      finishedAt: '2026-11-28T11:00:00.000Z',
    });
    const other = makeAttempt({ id: 'other' });

    expect(decodeProgress(storedAttempts(first, second, other))).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [first, other] },
      problem: null,
    });
  });

  it.each([
    ['an object', { 'attempt-1': makeAttempt() }],
    ['a string', 'attempts'],
    ['null', null],
  ])('counts attempts stored as %s as one dropped entry and keeps the lessons', (_what, attempts) => {
    expect(decodeProgress(stored({ lessons: { [LESSON_ID]: VISIT }, attempts }))).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT },
        attempts: [],
      },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['is not an object', 'attempt-1'],
    ['is an array', [makeAttempt()]],
    ['is null', null],
  ])('drops an attempt that %s', (_what, attempt) => {
    expect(decodeProgress(storedAttempts(attempt))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each(invalidInBothVersions)('drops an attempt that %s', (_what, overrides) => {
    expect(decodeProgress(storedAttempts(rawAttempt(overrides)))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  const invalidNewFields: [string, string, unknown][] = [
    // Points may be fractional now, but still from 0 to the total.
    ['earned', 'fractional and above the total', 3.01],
    ['earned', 'fractional and negative', -0.5],
    ['earned', 'null', null],
    ['mode', 'missing', undefined],
    ['mode', 'not practice or exam', 'test'],
    ['mode', 'in upper case', 'Exam'],
    ['mode', 'a number', 1],
    ['seed', 'missing', undefined],
    ['seed', 'negative', -1],
    ['seed', 'fractional', 1.5],
    ['seed', 'above the uint32 range', 2 ** 32],
    ['seed', 'a string', '42'],
    ['questionIds', 'missing', undefined],
    ['questionIds', 'a string', 'single'],
    ['questionIds', 'an object', { single: true }],
    ['questionIds', 'a list with a number', [1]],
    ['questionIds', 'a list with an id that is not kebab-case', ['Single']],
    ['questionIds', 'a list with a prototype name', ['constructor']],
    ['questionIds', 'a list with a repeated id', ['single', 'multiple', 'single']],
    ['questionIds', 'a list of more than 500 ids', Array.from({ length: 501 }, (_, i) => `q-${i}`)],
    ['responses', 'a categorize response with an item id that is not kebab-case', { c: { 'Item A': 'b' } }],
    ['responses', 'a categorize response with a bucket id that is not kebab-case', { c: { item: 'B' } }],
    ['responses', 'a categorize response with a bucket given as a number', { c: { item: 1 } }],
    ['responses', 'a categorize response with a bucket given as a list', { c: { item: ['b'] } }],
    ['responses', 'a categorize response with a nested object', { c: { item: { bucket: 'b' } } }],
    ['responses', 'a categorize response with a prototype name as bucket', { c: { item: 'constructor' } }],
    [
      'responses',
      'a categorize response with more than 50 items',
      { c: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`item-${i}`, 'b'])) },
    ],
    ['responses', 'a response given as a number', { single: 1 }],
    ['confidence', 'missing', undefined],
    ['confidence', 'null', null],
    ['confidence', 'a list', ['sure']],
    ['confidence', 'a level that is not sure or unsure', { single: 'maybe' }],
    ['confidence', 'a level given as a boolean', { single: true }],
    ['confidence', 'a question id that is not kebab-case', { Single: 'sure' }],
    ['confidence', 'a prototype name as question id', { constructor: 'sure' }],
    ['durationSeconds', 'missing', undefined],
    ['durationSeconds', 'negative', -1],
    ['durationSeconds', 'above 10,000,000', 10_000_001],
    ['durationSeconds', 'a string', '95'],
    ['durationSeconds', 'a boolean', true],
    ['tagScores', 'missing', undefined],
    ['tagScores', 'a list', [{ earned: 1, total: 1 }]],
    ['tagScores', 'keyed without a kind', { iam: { earned: 1, total: 1 } }],
    ['tagScores', 'keyed with an unknown kind', { 'topic:iam': { earned: 1, total: 1 } }],
    ['tagScores', 'keyed with an empty name', { 'area:': { earned: 1, total: 1 } }],
    ['tagScores', 'keyed with a name that is not kebab-case', { 'area:IAM': { earned: 1, total: 1 } }],
    ['tagScores', 'keyed with a name holding a slash', { 'module:iam/intro': { earned: 1, total: 1 } }],
    [
      'tagScores',
      'keyed with more than 200 characters',
      { [`area:${'a'.repeat(196)}`]: { earned: 1, total: 1 } },
    ],
    ['tagScores', 'a score that is a number', { 'area:iam': 1 }],
    ['tagScores', 'a score that is null', { 'area:iam': null }],
    ['tagScores', 'a score without a total', { 'area:iam': { earned: 1 } }],
    ['tagScores', 'a score earning more than its total', { 'area:iam': { earned: 2, total: 1 } }],
    ['tagScores', 'a score earning less than 0', { 'area:iam': { earned: -1, total: 1 } }],
    ['tagScores', 'a score with a fractional total', { 'area:iam': { earned: 1, total: 1.5 } }],
    ['tagScores', 'a score with a total above 10000', { 'area:iam': { earned: 1, total: 10_001 } }],
    ['tagScores', 'a score with points given as strings', { 'area:iam': { earned: '1', total: '1' } }],
  ];

  it.each(invalidNewFields)('drops an attempt whose %s is %s', (field, _what, value) => {
    expect(decodeProgress(storedAttempts(rawAttempt({ [field]: value })))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['earned', '1e400'],
    ['durationSeconds', '1e400'],
    ['durationSeconds', '-1e400'],
  ])('drops an attempt whose %s is %s, which parses to an infinity', (field, json) => {
    expect(decodeProgress(storedWithRawField(field, json))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('keeps an attempt at the limits: 10000 points, a 100-character id and 50 selected ids', () => {
    const attempt = makeAttempt({
      id: 'x'.repeat(100),
      earned: 10_000,
      total: 10_000,
      responses: { multiple: Array<string>(50).fill('a') },
    });

    expect(decodeProgress(storedAttempts(attempt))).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [attempt] },
      problem: null,
    });
  });

  it('keeps an attempt with 0 of 0 points and an empty response', () => {
    const attempt = makeAttempt({ earned: 0, total: 0, passed: false, responses: { single: [] } });

    expect(decodeProgress(storedAttempts(attempt)).progress.attempts).toEqual([attempt]);
  });

  it('keeps only the fields it knows of from an attempt', () => {
    const attempt = makeAttempt();

    expect(decodeProgress(storedAttempts({ ...attempt, score: 100 })).progress.attempts).toEqual([attempt]);
  });

  it('keeps fractional points earned, in the attempt and in its tag scores', () => {
    const attempt = makeAttempt({
      earned: 2.67,
      total: 3,
      passed: true,
      tagScores: {
        'area:shared-responsibility': { earned: 2.67, total: 3 },
        'difficulty:intermediate': { earned: 0.5, total: 1 },
      },
    });

    expect(decodeProgress(storedAttempts(attempt))).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [attempt] },
      problem: null,
    });
  });

  it('keeps categorize responses (bucket by item) next to choice and ordering responses', () => {
    const attempt = makeAttempt({
      questionIds: ['single', 'categorize', 'ordering'],
      responses: {
        single: ['a'],
        categorize: { 'data-centre': 'aws', 'guest-os': 'customer', patching: 'shared' },
        ordering: ['prepare', 'detect', 'contain', 'recover'],
      },
    });

    expect(decodeProgress(storedAttempts(attempt))).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [attempt] },
      problem: null,
    });
  });

  it('keeps a categorize response with 50 items and an empty one', () => {
    const full = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`item-${i}`, 'bucket']));
    const attempt = makeAttempt({ responses: { categorize: full, empty: {} } });

    expect(decodeProgress(storedAttempts(attempt)).progress.attempts).toEqual([attempt]);
  });

  it.each<[string, Partial<QuizAttempt>]>([
    ['an exam', { mode: 'exam' }],
    ['no seed', { seed: null }],
    ['seed 0', { seed: 0 }],
    ['the largest uint32 seed', { seed: 2 ** 32 - 1 }],
    ['no duration', { durationSeconds: null }],
    ['a duration of 0', { durationSeconds: 0 }],
    ['a fractional duration', { durationSeconds: 12.5 }],
    ['a duration of 10,000,000 seconds', { durationSeconds: 1e7 }],
    ['500 questions', { questionIds: Array.from({ length: 500 }, (_, i) => `q-${i}`) }],
    [
      'no questions, responses, confidence or tag scores',
      { questionIds: [], responses: {}, confidence: {}, tagScores: {} },
    ],
    ['both confidence levels', { confidence: { single: 'sure', multiple: 'unsure' } }],
    ['a tag key of 200 characters', { tagScores: { [`area:${'a'.repeat(195)}`]: { earned: 0, total: 0 } } }],
    ['a multi-word tag name', { tagScores: { 'area:identity-and-access': { earned: 1, total: 2 } } }],
  ])('keeps an attempt with %s', (_what, overrides) => {
    const attempt = makeAttempt(overrides);

    expect(decodeProgress(storedAttempts(attempt))).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [attempt] },
      problem: null,
    });
  });

  it('returns copies, so changing decoded progress never reaches another decode of the same text', () => {
    const text = storedAttempts(makeAttempt());
    const first = decodeProgress(text).progress.attempts[0];
    first?.questionIds.push('extra');

    expect(decodeProgress(text).progress.attempts).toEqual([makeAttempt()]);
  });
});

describe('decodeProgress: version 1', () => {
  it('migrates a version-1 record as the site stored it to the current version with no problem', () => {
    const text =
      '{"version":1,' +
      '"lessons":{"shared-responsibility/security-of-and-in-the-cloud":' +
      '{"firstVisitedAt":"2026-11-28T09:00:00.000Z","lastVisitedAt":"2026-11-28T10:20:00.000Z"}},' +
      '"attempts":[' +
      '{"id":"a","quizId":"shared-responsibility","finishedAt":"2026-11-28T10:00:00.000Z",' +
      '"earned":8,"total":10,"passed":true,"responses":{"of-vs-in":["a"]}},' +
      '{"id":"3f0c2a4e-8d1b-4c55-9e61-7a2b9c0d1e2f","quizId":"iam-basics","finishedAt":"2026-11-29T08:15:30.123Z",' +
      '"earned":1,"total":4,"passed":false,"responses":{"root-user":["b","c"],"mfa":[],"policy-types":["true"]}}' +
      ']}';

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: {
          'shared-responsibility/security-of-and-in-the-cloud': {
            firstVisitedAt: '2026-11-28T09:00:00.000Z',
            lastVisitedAt: '2026-11-28T10:20:00.000Z',
          },
        },
        attempts: [
          {
            id: 'a',
            quizId: 'shared-responsibility',
            finishedAt: '2026-11-28T10:00:00.000Z',
            kind: 'quiz',
            earned: 8,
            total: 10,
            passed: true,
            mode: 'practice',
            seed: null,
            questionIds: ['of-vs-in'],
            responses: { 'of-vs-in': ['a'] },
            confidence: {},
            durationSeconds: null,
            tagScores: {},
          },
          {
            id: '3f0c2a4e-8d1b-4c55-9e61-7a2b9c0d1e2f',
            quizId: 'iam-basics',
            finishedAt: '2026-11-29T08:15:30.123Z',
            kind: 'quiz',
            earned: 1,
            total: 4,
            passed: false,
            mode: 'practice',
            seed: null,
            questionIds: ['root-user', 'mfa', 'policy-types'],
            responses: { 'root-user': ['b', 'c'], mfa: [], 'policy-types': ['true'] },
            confidence: {},
            durationSeconds: null,
            tagScores: {},
          },
        ],
      },
      problem: null,
    });
  });

  it('migrates the good attempts of a version-1 record with a bad one and reports partly-invalid', () => {
    const first = rawAttemptV1({ id: 'first' });
    const last = rawAttemptV1({ id: 'last', earned: 1, passed: false });
    const text = storedAttemptsV1(first, rawAttemptV1({ id: 'bad', earned: 'lots' }), last);

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: {},
        attempts: [migratedV1({ id: 'first' }), migratedV1({ id: 'last', earned: 1, passed: false })],
      },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each(invalidInBothVersions)('drops a version-1 attempt that %s', (_what, overrides) => {
    expect(decodeProgress(storedAttemptsV1(rawAttemptV1(overrides)))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['is not an object', 'attempt-1'],
    ['is null', null],
    ['has fractional points earned (version 1 had whole points only)', rawAttemptV1({ earned: 1.5 })],
    ['has a categorize response (version 1 had lists only)', rawAttemptV1({ responses: { c: { a: 'b' } } })],
    [
      'has more than 500 responses, which version 2 does not allow',
      rawAttemptV1({
        responses: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`q-${i}`, ['a']])),
      }),
    ],
  ])('drops a version-1 attempt that %s', (_what, attempt) => {
    expect(decodeProgress(storedAttemptsV1(attempt))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('ignores version-2 fields in a version-1 attempt and migrates it as practice', () => {
    const attempt = rawAttemptV1({
      mode: 'exam',
      seed: 7,
      questionIds: ['other'],
      confidence: { single: 'sure' },
      durationSeconds: 60,
      tagScores: { 'area:iam': { earned: 1, total: 1 } },
    });

    expect(decodeProgress(storedAttemptsV1(attempt)).progress.attempts).toEqual([migratedV1()]);
  });

  it('keeps the question order of the stored responses as questionIds', () => {
    const attempt = rawAttemptV1({ responses: { third: ['a'], first: ['b'], second: [] } });

    expect(decodeProgress(storedAttemptsV1(attempt)).progress.attempts[0]?.questionIds).toEqual([
      'third',
      'first',
      'second',
    ]);
  });

  it('validates the lessons of a version-1 record as before', () => {
    const text = storedV1({ lessons: { [LESSON_ID]: VISIT, 'Bad Id': VISIT }, attempts: [] });

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT },
        attempts: [],
      },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('counts version-1 attempts stored as something other than a list as one dropped entry', () => {
    expect(decodeProgress(storedV1({ lessons: { [LESSON_ID]: VISIT }, attempts: 'attempts' }))).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT },
        attempts: [],
      },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('keeps the first of two version-1 attempts with the same id without reporting a problem', () => {
    const text = storedAttemptsV1(
      rawAttemptV1({ id: 'same' }),
      rawAttemptV1({ id: 'same', earned: 0, passed: false }),
    );

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: {},
        attempts: [migratedV1({ id: 'same' })],
      },
      problem: null,
    });
  });

  it('round-trips a migrated record through encodeProgress unchanged', () => {
    const { progress } = decodeProgress(
      storedV1({ lessons: { [LESSON_ID]: VISIT }, attempts: [rawAttemptV1()] }),
    );

    expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, problem: null });
    expect(JSON.parse(encodeProgress(progress))).toMatchObject({ version: 5 });
  });
});

describe('migrateV1', () => {
  it('converts each valid attempt, marks each invalid one with null and passes the lessons through', () => {
    const lessons = { [LESSON_ID]: VISIT, 'Bad Id': 'kept for the version-2 check' };

    expect(
      migrateV1({
        version: 1,
        lessons,
        attempts: [rawAttemptV1({ responses: { q: ['a'] } }), { id: 'bad' }],
      }),
    ).toEqual({
      version: 2,
      lessons,
      attempts: [
        {
          ...rawAttemptV1({ responses: { q: ['a'] } }),
          mode: 'practice',
          seed: null,
          questionIds: ['q'],
          confidence: {},
          durationSeconds: null,
          tagScores: {},
        },
        null,
      ],
    });
  });

  it('passes missing or malformed lessons and attempts through for the version-2 check', () => {
    expect(migrateV1({ version: 1 })).toEqual({ version: 2, lessons: undefined, attempts: undefined });
    expect(migrateV1({ version: 1, lessons: [], attempts: 'x' })).toEqual({
      version: 2,
      lessons: [],
      attempts: 'x',
    });
  });

  it('copies only the fields it knows of, and does not change its input', () => {
    const input = { version: 1, lessons: {}, attempts: [rawAttemptV1({ note: 'extra' })], streak: 3 };
    const before = structuredClone(input);

    const output = migrateV1(input);

    expect(Object.keys(output).sort()).toEqual(['attempts', 'lessons', 'version']);
    expect(output['attempts']).toEqual([migratedV1Raw()]);
    expect(input).toEqual(before);
  });
});

describe('MIGRATIONS', () => {
  it('has one step for each version below the current one, keyed by the version it starts from', () => {
    const expected = Array.from({ length: PROGRESS_VERSION - 1 }, (_, i) => String(i + 1));

    expect(Object.keys(MIGRATIONS)).toEqual(expected);
    expect(MIGRATIONS[1]).toBe(migrateV1);
    expect(MIGRATIONS[2]).toBe(migrateV2);
    expect(MIGRATIONS[3]).toBe(migrateV3);
    expect(MIGRATIONS[4]).toBe(migrateV4);
  });
});

describe('decodeProgress: prototype pollution', () => {
  it.each([
    ['version 3', 3],
    ['version 2', 2],
    ['version 1', 1],
  ])('ignores a top-level "__proto__" key in %s and leaves Object.prototype alone', (_what, version) => {
    const result = decodeProgress(
      `{"__proto__":{"polluted":1},"version":${version},"lessons":{},"attempts":[]}`,
    );

    expect(result).toEqual({ progress: EMPTY, problem: null });
    expectPrototypeUntouched();
  });

  it.each([
    ['version 3', 3],
    ['version 2', 2],
    ['version 1', 1],
  ])('drops a lesson stored under "__proto__" in %s and leaves Object.prototype alone', (_what, version) => {
    const result = decodeProgress(
      `{"version":${version},"lessons":{"__proto__":{"polluted":1,"firstVisitedAt":"2026-11-28T09:00:00.000Z","lastVisitedAt":"2026-11-28T09:30:00.000Z"}},"attempts":[]}`,
    );

    expect(result).toEqual({ progress: EMPTY, problem: { code: 'partly-invalid', dropped: 1 } });
    expect(Object.getPrototypeOf(result.progress.lessons)).toBe(Object.prototype);
    expectPrototypeUntouched();
  });

  it('drops a version-1 attempt whose responses include a "__proto__" key and leaves Object.prototype alone', () => {
    const text = `{"version":1,"lessons":{},"attempts":[{"id":"attempt-1","quizId":"quiz","finishedAt":"2026-11-28T10:00:00.000Z","earned":1,"total":1,"passed":true,"responses":{"single":["a"],"__proto__":["polluted"]}}]}`;

    expect(decodeProgress(text)).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
    expectPrototypeUntouched();
  });

  it('ignores "__proto__" inside a version-1 attempt and keeps the attempt', () => {
    const text = `{"version":1,"lessons":{},"attempts":[{"__proto__":{"polluted":1},"id":"attempt-1","quizId":"quiz","finishedAt":"2026-11-28T10:00:00.000Z","earned":1,"total":1,"passed":true,"responses":{}}]}`;

    const result = decodeProgress(text);

    expect(result.progress.attempts).toEqual([
      {
        id: 'attempt-1',
        quizId: 'quiz',
        finishedAt: '2026-11-28T10:00:00.000Z',
        kind: 'quiz',
        earned: 1,
        total: 1,
        passed: true,
        mode: 'practice',
        seed: null,
        questionIds: [],
        responses: {},
        confidence: {},
        durationSeconds: null,
        tagScores: {},
      },
    ]);
    expectPrototypeUntouched();
  });

  it('ignores "__proto__" inside a version-2 attempt and keeps the attempt', () => {
    const attempt = makeAttempt();
    const text = storedAttempts(attempt).replace('{"id":', '{"__proto__":{"polluted":1},"id":');

    expect(decodeProgress(text)).toEqual({
      progress: { version: 5, archive: EMPTY_ARCHIVE, labs: {}, lessons: {}, attempts: [attempt] },
      problem: null,
    });
    expectPrototypeUntouched();
  });

  it.each([
    ['responses', '{"single":["a"],"__proto__":["polluted"]}'],
    ['responses', '{"categorize":{"__proto__":"polluted"}}'],
    ['responses', '{"categorize":{"item":"__proto__"}}'],
    ['responses', '{"categorize":{"constructor":"aws"}}'],
    ['responses', '{"categorize":{"toString":"aws"}}'],
    ['confidence', '{"__proto__":"sure"}'],
    ['confidence', '{"single":"sure","__proto__":{"polluted":"sure"}}'],
    ['confidence', '{"hasOwnProperty":"sure"}'],
    ['tagScores', '{"__proto__":{"earned":1,"total":1}}'],
    ['tagScores', '{"area:iam":{"earned":1,"total":1,"__proto__":{"polluted":1}},"__proto__":{"earned":1}}'],
    ['tagScores', '{"constructor":{"earned":1,"total":1}}'],
  ])(
    'drops an attempt whose %s hold a prototype key (%s) and leaves Object.prototype alone',
    (field, json) => {
      const result = decodeProgress(storedWithRawField(field, json));

      expect(result).toEqual({ progress: EMPTY, problem: { code: 'partly-invalid', dropped: 1 } });
      expectPrototypeUntouched();
    },
  );

  it('keeps a tag score whose own object has a "__proto__" key, copying only earned and total', () => {
    const text = storedWithRawField(
      'tagScores',
      '{"area:iam":{"__proto__":{"polluted":1},"earned":1,"total":2}}',
    );

    expect(decodeProgress(text).progress.attempts[0]?.tagScores).toEqual({
      'area:iam': { earned: 1, total: 2 },
    });
    expectPrototypeUntouched();
  });

  it('drops a lesson stored under "constructor"', () => {
    const text = stored({ lessons: { constructor: VISIT, [LESSON_ID]: VISIT }, attempts: [] });

    expect(decodeProgress(text)).toEqual({
      progress: {
        version: 5,
        archive: EMPTY_ARCHIVE,
        labs: {},
        lessons: { [LESSON_ID]: VISIT },
        attempts: [],
      },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['version 2', storedAttempts(rawAttempt({ responses: { single: ['a'], constructor: ['a'] } }))],
    ['version 1', storedAttemptsV1(rawAttemptV1({ responses: { single: ['a'], constructor: ['a'] } }))],
  ])('drops a %s attempt whose responses include a "constructor" key', (_what, text) => {
    expect(decodeProgress(text)).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });
});

describe('encodeProgress', () => {
  it('round-trips through decodeProgress to equal progress with no problem', () => {
    const attempts: QuizAttempt[] = [
      makeAttempt({
        id: 'attempt-1',
        finishedAt: '2026-11-28T10:00:00.000Z',
        earned: 1,
        total: 3,
        passed: false,
      }),
      makeAttempt({
        id: 'attempt-2',
        finishedAt: '2026-11-28T11:00:00.000Z',
        earned: 2.75,
        total: 3,
        passed: true,
        mode: 'exam',
        seed: 2 ** 32 - 1,
        questionIds: ['single', 'categorize', 'ordering'],
        responses: {
          single: ['a'],
          categorize: { 'data-centre': 'aws', 'guest-os': 'customer' },
          ordering: ['detect', 'prepare', 'contain', 'recover'],
        },
        confidence: { single: 'sure', categorize: 'unsure' },
        durationSeconds: 312.4,
        tagScores: {
          'area:shared-responsibility': { earned: 1.75, total: 2 },
          'area:incident-response': { earned: 1, total: 1 },
          'difficulty:foundational': { earned: 2.75, total: 3 },
          'module:shared-responsibility': { earned: 2.75, total: 3 },
        },
      }),
    ];
    const progress = makeProgress(attempts, {
      lessons: { [LESSON_ID]: VISIT, 'iam/least-privilege': VISIT },
    });

    expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, problem: null });
  });

  it('round-trips empty progress', () => {
    expect(decodeProgress(encodeProgress(makeProgress([], { lessons: {} })))).toEqual({
      progress: EMPTY,
      problem: null,
    });
  });

  it('writes JSON with the version, lessons and attempts', () => {
    const progress: Progress = makeProgress([makeAttempt()]);

    expect(JSON.parse(encodeProgress(progress))).toEqual(progress);
    expect(JSON.parse(encodeProgress(progress))).toMatchObject({ version: 5 });
  });
});

/** A valid archive entry for one quiz, with some fields replaced. */
const rawQuizArchive = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  attempts: 4,
  passed: true,
  bestEarned: 2.5,
  bestTotal: 3,
  lastEarned: 1,
  lastTotal: 3,
  lastAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});

/** A valid archive with one quiz, one day and one tag. */
const ARCHIVE = {
  quizzes: { 'shared-responsibility': rawQuizArchive() },
  days: { '2026-11-20': { attempts: 4, earned: 7.5, total: 12 } },
  tags: { 'area:shared-responsibility': { earned: 7.5, total: 12 } },
  practiceTags: {},
};

/** Stored text of a version-3 record with no lessons or attempts and the given archive. */
const storedArchive = (archive: unknown): string => stored({ lessons: {}, attempts: [], archive });

describe('decodeProgress: the archive', () => {
  it('keeps a valid archive unchanged with no problem', () => {
    expect(decodeProgress(storedArchive(ARCHIVE))).toEqual({
      progress: { ...EMPTY, archive: ARCHIVE },
      problem: null,
    });
  });

  it('keeps an archive at the limits: sums above 10,000 points, a score of 0 of 0, one attempt', () => {
    const archive = {
      quizzes: {
        quiz: rawQuizArchive({ attempts: 1, bestEarned: 0, bestTotal: 0, lastEarned: 0, lastTotal: 0 }),
      },
      days: { '2024-02-29': { attempts: 1, earned: 0, total: 0 } },
      tags: { 'module:iam': { earned: 123_456.75, total: 200_000 } },
      practiceTags: {},
    };

    expect(decodeProgress(storedArchive(archive))).toEqual({
      progress: { ...EMPTY, archive },
      problem: null,
    });
  });

  it('reads a missing archive, or missing sections of one, as empty with no problem', () => {
    expect(decodeProgress(stored({ lessons: {}, attempts: [] }))).toEqual({ progress: EMPTY, problem: null });
    expect(decodeProgress(storedArchive({}))).toEqual({ progress: EMPTY, problem: null });
  });

  it.each([
    ['a list', [ARCHIVE]],
    ['a string', 'archive'],
    ['null', null],
  ])('counts an archive stored as %s as one dropped entry and keeps the rest', (_what, archive) => {
    const attempt = makeAttempt();

    expect(decodeProgress(stored({ lessons: { [LESSON_ID]: VISIT }, attempts: [attempt], archive }))).toEqual(
      {
        progress: { ...EMPTY, lessons: { [LESSON_ID]: VISIT }, attempts: [attempt] },
        problem: { code: 'partly-invalid', dropped: 1 },
      },
    );
  });

  it.each(['quizzes', 'days', 'tags'])(
    'counts archive %s stored as a list as one dropped entry',
    (section) => {
      const archive = { ...ARCHIVE, [section]: [] };

      expect(decodeProgress(storedArchive(archive))).toEqual({
        progress: { ...EMPTY, archive: { ...ARCHIVE, [section]: {} } },
        problem: { code: 'partly-invalid', dropped: 1 },
      });
    },
  );

  it('drops each invalid entry, counts it with invalid lessons and attempts, and keeps the valid ones', () => {
    const text = stored({
      lessons: { 'Bad Id': VISIT },
      attempts: [{ id: 'bad' }],
      archive: {
        quizzes: { ...ARCHIVE.quizzes, 'iam-basics': rawQuizArchive({ passed: 'yes' }) },
        days: { ...ARCHIVE.days, '2026-11-31': { attempts: 1, earned: 0, total: 1 } },
        tags: { ...ARCHIVE.tags, iam: { earned: 0, total: 1 } },
        practiceTags: {},
      },
    });

    expect(decodeProgress(text)).toEqual({
      progress: { ...EMPTY, archive: ARCHIVE },
      problem: { code: 'partly-invalid', dropped: 5 },
    });
  });

  const invalidQuizArchives: [string, unknown][] = [
    ['is not an object', 'quiz'],
    ['is null', null],
    ['is a list', [rawQuizArchive()]],
    ['has no count', rawQuizArchive({ attempts: undefined })],
    ['has a count of 0', rawQuizArchive({ attempts: 0 })],
    ['has a negative count', rawQuizArchive({ attempts: -1 })],
    ['has a fractional count', rawQuizArchive({ attempts: 1.5 })],
    ['has a count beyond the safe integers', rawQuizArchive({ attempts: 2 ** 53 })],
    ['has a count given as a string', rawQuizArchive({ attempts: '4' })],
    ['has passed given as a string', rawQuizArchive({ passed: 'true' })],
    ['has no passed flag', rawQuizArchive({ passed: undefined })],
    ['has a best above its total', rawQuizArchive({ bestEarned: 4, bestTotal: 3 })],
    ['has a negative best', rawQuizArchive({ bestEarned: -1 })],
    ['has a fractional best total', rawQuizArchive({ bestTotal: 3.5 })],
    ['has a best total above 10,000', rawQuizArchive({ bestTotal: 10_001 })],
    ['has no best', rawQuizArchive({ bestEarned: undefined })],
    ['has a last score above its total', rawQuizArchive({ lastEarned: 3.5 })],
    ['has a last score given as a string', rawQuizArchive({ lastEarned: '1' })],
    ['has no last total', rawQuizArchive({ lastTotal: undefined })],
    ['has a last time that is not an ISO time', rawQuizArchive({ lastAt: 'yesterday' })],
    ['has a last time given as a number', rawQuizArchive({ lastAt: 1_795_000_000_000 })],
    ['has no last time', rawQuizArchive({ lastAt: undefined })],
  ];

  it.each(invalidQuizArchives)('drops a quiz archive entry that %s', (_what, entry) => {
    expect(decodeProgress(storedArchive({ quizzes: { quiz: entry } }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['not kebab-case', 'Shared Responsibility'],
    ['empty', ''],
    ['a prototype name', 'constructor'],
    ['"toString"', 'toString'],
    ['longer than 200 characters', 'q'.repeat(201)],
  ])('drops a quiz archive entry keyed by an id that is %s', (_what, quizId) => {
    expect(decodeProgress(storedArchive({ quizzes: { [quizId]: rawQuizArchive() } }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['is not an object', 3],
    ['has a count of 0', { attempts: 0, earned: 0, total: 0 }],
    ['has a fractional count', { attempts: 1.5, earned: 0, total: 1 }],
    ['has no count', { earned: 0, total: 1 }],
    ['earned more than the total', { attempts: 1, earned: 2, total: 1 }],
    ['has negative points', { attempts: 1, earned: -1, total: 1 }],
    ['has a fractional total', { attempts: 1, earned: 0, total: 1.5 }],
    ['has a negative total', { attempts: 1, earned: 0, total: -1 }],
    ['has points given as strings', { attempts: 1, earned: '1', total: '1' }],
    ['has a total beyond the safe integers', { attempts: 1, earned: 0, total: 2 ** 53 }],
  ])('drops a day that %s', (_what, entry) => {
    expect(decodeProgress(storedArchive({ days: { '2026-11-20': entry } }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['a month that does not exist', '2026-13-01'],
    ['a day that does not exist', '2026-02-29'],
    ['day 31 of a 30-day month', '2026-11-31'],
    ['a time', '2026-11-20T00:00:00.000Z'],
    ['no leading zeros', '2026-1-2'],
    ['words', 'yesterday'],
    ['a prototype name', '__proto__'],
    ['nothing', ''],
  ])('drops a day keyed by %s', (_what, day) => {
    expect(decodeProgress(storedArchive({ days: { [day]: { attempts: 1, earned: 0, total: 1 } } }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['is not an object', 'area:iam', 1],
    ['is null', 'area:iam', null],
    ['earned more than the total', 'area:iam', { earned: 2, total: 1 }],
    ['has a fractional total', 'area:iam', { earned: 0, total: 0.5 }],
    ['has no earned points', 'area:iam', { total: 1 }],
    ['is keyed without a kind', 'iam', { earned: 0, total: 1 }],
    ['is keyed with an unknown kind', 'topic:iam', { earned: 0, total: 1 }],
    ['is keyed by a prototype name', 'constructor', { earned: 0, total: 1 }],
  ])('drops a tag total that %s', (_what, tag, entry) => {
    expect(decodeProgress(storedArchive({ tags: { [tag]: entry }, practiceTags: {} }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['bestEarned', '1e400'],
    ['lastEarned', '-1e400'],
    ['attempts', '1e400'],
  ])('drops a quiz archive entry whose %s is %s, which parses to an infinity', (field, json) => {
    const text = storedArchive({ quizzes: { quiz: rawQuizArchive({ [field]: '@@raw@@' }) } }).replace(
      '"@@raw@@"',
      json,
    );

    expect(decodeProgress(text)).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('drops "__proto__" entries in every section and leaves Object.prototype alone', () => {
    const text =
      '{"version":4,"archive":{' +
      '"quizzes":{"__proto__":{"attempts":1,"passed":true,"bestEarned":1,"bestTotal":1,"lastEarned":1,"lastTotal":1,"lastAt":"2026-11-20T10:00:00.000Z"}},' +
      '"days":{"__proto__":{"attempts":1,"earned":1,"total":1}},' +
      '"tags":{"__proto__":{"earned":1,"total":1}}}}';

    const result = decodeProgress(text);

    expect(result).toEqual({ progress: EMPTY, problem: { code: 'partly-invalid', dropped: 3 } });
    expect(Object.getPrototypeOf(result.progress.archive.quizzes)).toBe(Object.prototype);
    expectPrototypeUntouched();
  });

  it('ignores "__proto__" and unknown fields inside an archive entry, copying only the known fields', () => {
    const text = storedArchive({ quizzes: { quiz: rawQuizArchive({ extra: 1 }) } }).replace(
      '"attempts":4',
      '"__proto__":{"polluted":1},"attempts":4',
    );

    expect(decodeProgress(text)).toEqual({
      progress: { ...EMPTY, archive: { ...EMPTY_ARCHIVE, quizzes: { quiz: rawQuizArchive() } } },
      problem: null,
    });
    expectPrototypeUntouched();
  });

  it('returns copies, so changing a decoded archive never reaches another decode of the same text', () => {
    const text = storedArchive(ARCHIVE);
    const first = decodeProgress(text).progress.archive;
    Object.assign(first.quizzes, { 'shared-responsibility': { ...rawQuizArchive(), attempts: 99 } });
    first.days = {};

    expect(decodeProgress(text).progress.archive).toEqual(ARCHIVE);
  });

  it('round-trips an archive through encodeProgress', () => {
    const progress = makeProgress([makeAttempt()], { archive: ARCHIVE as unknown as Progress['archive'] });

    expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, problem: null });
  });
});

describe('decodeProgress: version 2', () => {
  it('migrates a version-2 record to version 3 with an empty archive and no problem', () => {
    const attempt = makeAttempt();

    expect(decodeProgress(storedV2({ lessons: { [LESSON_ID]: VISIT }, attempts: [attempt] }))).toEqual({
      progress: {
        version: 5,
        lessons: { [LESSON_ID]: VISIT },
        attempts: [attempt],
        archive: EMPTY_ARCHIVE,
        labs: {},
      },
      problem: null,
    });
  });

  it('ignores an archive in a version-2 record (version 2 had none)', () => {
    expect(decodeProgress(storedV2({ lessons: {}, attempts: [], archive: ARCHIVE }))).toEqual({
      progress: EMPTY,
      problem: null,
    });
  });

  it('drops and counts the invalid entries of a version-2 record by the same rules', () => {
    const good = makeAttempt({ id: 'good' });
    const text = storedV2({
      lessons: { [LESSON_ID]: VISIT, 'Bad Id': VISIT },
      attempts: [good, rawAttempt({ id: 'bad', mode: 'test' }), rawAttempt({ id: 'worse', earned: 9 })],
    });

    expect(decodeProgress(text)).toEqual({
      progress: { ...EMPTY, lessons: { [LESSON_ID]: VISIT }, attempts: [good] },
      problem: { code: 'partly-invalid', dropped: 3 },
    });
  });

  it.each(invalidInBothVersions)('drops a version-2 attempt that %s', (_what, overrides) => {
    expect(decodeProgress(storedV2({ attempts: [rawAttempt(overrides)] }))).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('round-trips a migrated record, stored again as version 3', () => {
    const { progress } = decodeProgress(
      storedV2({ lessons: { [LESSON_ID]: VISIT }, attempts: [makeAttempt()] }),
    );

    expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, problem: null });
    expect(JSON.parse(encodeProgress(progress))).toMatchObject({
      version: 5,
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
  });
});

describe('decodeProgress: the version 1 → 2 → 3 → 4 chain', () => {
  it('runs migrateV1, migrateV2 then migrateV3 on a version-1 record', () => {
    const record = { version: 1, lessons: { [LESSON_ID]: VISIT }, attempts: [rawAttemptV1(), { id: 'bad' }] };

    expect(migrateV3(migrateV2(migrateV1(record)))).toEqual({
      version: 4,
      lessons: { [LESSON_ID]: VISIT },
      attempts: [migratedV1(), null],
      archive: EMPTY_ARCHIVE,
    });
    expect(decodeProgress(JSON.stringify(record))).toEqual({
      progress: { ...EMPTY, lessons: { [LESSON_ID]: VISIT }, attempts: [migratedV1()] },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('ignores an archive in a version-1 record', () => {
    expect(decodeProgress(storedV1({ attempts: [rawAttemptV1()], archive: ARCHIVE }))).toEqual({
      progress: { ...EMPTY, attempts: [migratedV1()] },
      problem: null,
    });
  });
});

describe('migrateV2', () => {
  it('adds an empty archive and passes lessons and attempts through for the next check', () => {
    const lessons = { 'Bad Id': 'kept for the version-3 check' };
    const attempts = [{ id: 'bad' }];

    expect(migrateV2({ version: 2, lessons, attempts })).toEqual({
      version: 3,
      lessons,
      attempts,
      archive: { quizzes: {}, days: {}, tags: {} },
    });
  });

  it('copies only the fields it knows of, and does not change its input', () => {
    const input = { version: 2, lessons: {}, attempts: [makeAttempt()], archive: 'x', streak: 3 };
    const before = structuredClone(input);

    const output = migrateV2(input);

    expect(Object.keys(output).sort()).toEqual(['archive', 'attempts', 'lessons', 'version']);
    expect(output['archive']).toEqual({ quizzes: {}, days: {}, tags: {} });
    expect(input).toEqual(before);
  });

  it('gives every record its own archive', () => {
    const first = migrateV2({ version: 2 });
    const second = migrateV2({ version: 2 });

    expect(first['archive']).not.toBe(second['archive']);
  });
});

describe('decodeProgressData', () => {
  it('decodes parsed JSON as decodeProgress decodes the text', () => {
    const data = { version: 4, lessons: { [LESSON_ID]: VISIT, 'Bad Id': VISIT }, attempts: [makeAttempt()] };

    expect(decodeProgressData(data)).toEqual(decodeProgress(JSON.stringify(data)));
  });

  it.each([
    ['undefined', undefined],
    ['a string', '{"version":3}'],
    ['a list', [{ version: 4 }]],
  ])('returns not-progress for %s', (_what, data) => {
    expect(decodeProgressData(data)).toEqual({ progress: EMPTY, problem: { code: 'not-progress' } });
  });
});

describe('decodeProgress: -0', () => {
  it('reads -0 as 0 everywhere, so what it returns encodes and decodes to the same', () => {
    const attempt = rawAttempt({
      earned: '@@earned@@',
      seed: '@@seed@@',
      durationSeconds: '@@duration@@',
      tagScores: { 'area:iam': { earned: '@@tag@@', total: 1 } },
    });
    const text = stored({
      attempts: [attempt],
      archive: {
        quizzes: { quiz: rawQuizArchive({ bestEarned: '@@best@@' }) },
        days: { '2026-11-20': { attempts: 1, earned: '@@day@@', total: 1 } },
      },
    }).replace(/"@@[a-z]+@@"/g, '-0');
    const v1 = storedAttemptsV1(rawAttemptV1({ earned: '@@earned@@' })).replace('"@@earned@@"', '-0');

    const { progress, problem } = decodeProgress(text);

    expect(problem).toBeNull();
    expect(Object.is(progress.attempts[0]?.earned, 0)).toBe(true);
    expect(Object.is(progress.attempts[0]?.seed, 0)).toBe(true);
    expect(Object.is(progress.attempts[0]?.durationSeconds, 0)).toBe(true);
    expect(Object.is(progress.attempts[0]?.tagScores['area:iam']?.earned, 0)).toBe(true);
    expect(Object.is(progress.archive.quizzes['quiz']?.bestEarned, 0)).toBe(true);
    expect(Object.is(progress.archive.days['2026-11-20']?.earned, 0)).toBe(true);
    expect(Object.is(decodeProgress(v1).progress.attempts[0]?.earned, 0)).toBe(true);
    expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, problem: null });
  });
});

describe('migrateV3: kinds of attempt', () => {
  // A version-3 record as the site stored it: a failed final assessment (2 of 4), then "retry
  // missed" on its 2 missed questions, both right, which version 3 stored as a passed attempt
  // and showed as "Completed · Best 100 %".
  const VERSION_3_RECORD =
    '{"version":3,"lessons":{},"attempts":[' +
    '{"id":"full","quizId":"final-assessment","finishedAt":"2026-11-30T18:00:00.000Z","earned":2,"total":4,' +
    '"passed":false,"mode":"exam","seed":7,"questionIds":["q1","q2","q3","q4"],' +
    '"responses":{"q1":["a"],"q2":["b"],"q3":["a"],"q4":["c"]},"confidence":{},"durationSeconds":300,' +
    '"tagScores":{"module:iam":{"earned":2,"total":4}}},' +
    '{"id":"retry","quizId":"final-assessment","finishedAt":"2026-11-30T18:05:00.000Z","earned":2,"total":2,' +
    '"passed":true,"mode":"practice","seed":8,"questionIds":["q4","q2"],' +
    '"responses":{"q2":["a"],"q4":["a"]},"confidence":{},"durationSeconds":40,' +
    '"tagScores":{"module:iam":{"earned":2,"total":2}}},' +
    '{"id":"again","quizId":"final-assessment","finishedAt":"2026-12-01T09:00:00.000Z","earned":3,"total":4,' +
    '"passed":true,"mode":"exam","seed":9,"questionIds":["q3","q1","q4","q2"],' +
    '"responses":{},"confidence":{},"durationSeconds":280,"tagScores":{}}' +
    '],"archive":{"quizzes":{},"days":{},"tags":{"module:iam":{"earned":5,"total":8}}}}';

  it('marks the stored "retry missed" run as a retry that did not pass, and every other attempt as a quiz', () => {
    const { progress, problem } = decodeProgress(VERSION_3_RECORD);

    expect(problem).toBeNull();
    expect(progress.version).toBe(5);
    expect(progress.attempts.map(({ id, kind, passed }) => ({ id, kind, passed }))).toEqual([
      { id: 'full', kind: 'quiz', passed: false },
      { id: 'retry', kind: 'retry', passed: false },
      { id: 'again', kind: 'quiz', passed: true },
    ]);
  });

  it('keeps archived tag totals as full-quiz answers and starts practice totals empty', () => {
    const { archive } = decodeProgress(VERSION_3_RECORD).progress;

    expect(archive.tags).toEqual({ 'module:iam': { earned: 5, total: 8 } });
    expect(archive.practiceTags).toEqual({});
  });

  it('takes a practice run of a subset of the previous attempt’s questions as a retry, and nothing else', () => {
    const at = (quizId: string, mode: string, ...questionIds: string[]) => ({ quizId, mode, questionIds });

    expect(
      kindsOfV3([
        at('a', 'practice', 'q1', 'q2', 'q3'),
        at('a', 'practice', 'q2'), // retry of the first
        at('a', 'practice', 'q2'), // same questions as the retry before it: not a strict subset
        at('b', 'practice', 'q1'), // another quiz: nothing before it
        at('a', 'exam', 'q1', 'q2', 'q3'),
        at('a', 'exam', 'q3'), // an exam is never a retry (retries were always practice)
        at('a', 'practice'), // no questions
        'not an attempt',
        { quizId: 'a', mode: 'practice', questionIds: 'q1' },
      ]),
    ).toEqual(['quiz', 'retry', 'quiz', 'quiz', 'quiz', 'quiz', 'quiz', 'quiz', 'quiz']);
  });

  it('passes what is not a version-3 record through for the version-4 check to count', () => {
    expect(migrateV3({ version: 3, lessons: 'x', attempts: 'y', archive: 'z' })).toEqual({
      version: 4,
      lessons: 'x',
      attempts: 'y',
      archive: 'z',
    });
    expect(migrateV3({ version: 3, attempts: [7] })).toMatchObject({ attempts: [7] });
  });

  it('drops a stored attempt whose kind is unknown and refuses a practice attempt that claims a pass', () => {
    const review = makeAttempt({ id: 'review', kind: 'review', passed: true });
    const { progress, problem } = decodeProgress(
      storedAttempts(makeAttempt({ id: 'odd', kind: 'lucky' as never }), review),
    );

    expect(problem).toEqual({ code: 'partly-invalid', dropped: 1 });
    expect(progress.attempts).toEqual([{ ...review, passed: false }]);
  });
});

/** A valid stored lab record, with some fields replaced. */
const rawLab = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  firstRunAt: '2026-11-29T09:00:00.000Z',
  lastRunAt: '2026-11-29T09:12:00.000Z',
  runs: 4,
  completedAt: '2026-11-29T09:12:00.000Z',
  best: { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2 },
  policy: '{ "Version": "2012-10-17", "Statement": [] }',
  ...overrides,
});

describe('decodeProgress: version 4 → 5 (labs)', () => {
  it('loads a literal version-4 record unchanged, with no labs, no problem and no notice', () => {
    const attempt = makeAttempt();
    const archive = { ...EMPTY_ARCHIVE, days: { '2026-11-01': { attempts: 2, earned: 5, total: 6 } } };
    const text = JSON.stringify({
      version: 4,
      lessons: { [LESSON_ID]: VISIT },
      attempts: [attempt],
      archive,
    });

    expect(decodeProgress(text)).toEqual({
      progress: { version: 5, lessons: { [LESSON_ID]: VISIT }, attempts: [attempt], archive, labs: {} },
      problem: null,
    });
  });

  it('leaves behind a labs field a version-4 record cannot have written', () => {
    const text = JSON.stringify({ version: 4, lessons: {}, attempts: [], labs: { 'some-lab': rawLab() } });

    expect(decodeProgress(text)).toEqual({ progress: EMPTY, problem: null });
    expect(migrateV4({ version: 4, lessons: 'x', attempts: 'y', archive: 'z', labs: 'w' })).toEqual({
      version: 5,
      lessons: 'x',
      attempts: 'y',
      archive: 'z',
      labs: {},
    });
  });

  it('keeps valid lab records of a version-5 record as they are', () => {
    const labs = {
      'read-one-bucket': rawLab(),
      'spot-the-open-bucket': rawLab({
        completedAt: null,
        policy: null,
        best: { checksPassed: 1, checksTotal: 2, probesDenied: 0, probesTotal: 0 },
      }),
      'long-policy': rawLab({ policy: 'x'.repeat(20_000), lastRunAt: '2026-11-29T10:12:00+01:00' }),
    };

    expect(decodeProgress(stored({ labs }))).toEqual({ progress: { ...EMPTY, labs }, problem: null });
  });

  it.each([
    ['runs is not a number', { runs: '4' }],
    ['runs is 0', { runs: 0 }],
    ['runs is negative', { runs: -1 }],
    ['runs is fractional', { runs: 1.5 }],
    ['firstRunAt is not an ISO time', { firstRunAt: 'yesterday' }],
    ['lastRunAt is a number', { lastRunAt: 1_764_000_000_000 }],
    ['completedAt is a date without a time', { completedAt: '2026-11-29' }],
    ['completedAt is missing', { completedAt: undefined }],
    ['best is missing', { best: undefined }],
    ['best is a list', { best: [3, 3, 2, 2] }],
    [
      'more checks passed than run',
      { best: { checksPassed: 4, checksTotal: 3, probesDenied: 0, probesTotal: 0 } },
    ],
    [
      'more probes denied than run',
      { best: { checksPassed: 1, checksTotal: 3, probesDenied: 2, probesTotal: 1 } },
    ],
    ['a negative count', { best: { checksPassed: -1, checksTotal: 3, probesDenied: 0, probesTotal: 0 } }],
    ['a fractional count', { best: { checksPassed: 1.5, checksTotal: 3, probesDenied: 0, probesTotal: 0 } }],
    [
      'a count given as text',
      { best: { checksPassed: '1', checksTotal: 3, probesDenied: 0, probesTotal: 0 } },
    ],
    ['an absurd total', { best: { checksPassed: 0, checksTotal: 1e9, probesDenied: 0, probesTotal: 0 } }],
    ['a policy that is not text', { policy: { Version: '2012-10-17' } }],
    ['a policy over 20,000 characters', { policy: 'x'.repeat(20_001) }],
  ])('drops only the lab record whose %s, and says one entry was dropped', (_what, overrides) => {
    const text = stored({
      labs: { good: rawLab(), bad: rawLab(overrides) },
      lessons: { [LESSON_ID]: VISIT },
    });

    expect(decodeProgress(text)).toEqual({
      progress: { ...EMPTY, lessons: { [LESSON_ID]: VISIT }, labs: { good: rawLab() } },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it.each([
    ['an id in capitals', 'Read-Bucket'],
    ['a prototype name', '__proto__'],
    ['constructor', 'constructor'],
  ])('drops a lab stored under %s without touching a prototype', (_what, key) => {
    const text = `{"version":5,"labs":{${JSON.stringify(key)}:${JSON.stringify(rawLab())}}}`;
    const { progress, problem } = decodeProgress(text);

    expect(problem).toEqual({ code: 'partly-invalid', dropped: 1 });
    expect(progress.labs).toEqual({});
    expect(Object.getPrototypeOf(progress.labs)).toBe(Object.prototype);
  });

  it('counts labs stored as a list as one dropped entry and keeps everything else', () => {
    const attempt = makeAttempt();

    expect(decodeProgress(stored({ attempts: [attempt], labs: [rawLab()] }))).toEqual({
      progress: { ...EMPTY, attempts: [attempt] },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });
});

describe('readLab and readLabBest', () => {
  it('returns a fresh copy of a valid record, -0 made 0', () => {
    const stored = {
      firstRunAt: '2026-11-29T09:00:00.000Z',
      lastRunAt: '2026-11-29T09:05:00.000Z',
      runs: 2,
      completedAt: null,
      best: { checksPassed: -0, checksTotal: 3, probesDenied: 0, probesTotal: 0 },
      policy: null,
      extra: 'ignored',
    };
    const read = readLab(stored);

    expect(read).toEqual({
      ...stored,
      extra: undefined,
      best: { checksPassed: 0, checksTotal: 3, probesDenied: 0, probesTotal: 0 },
    });
    expect(Object.is(read?.best.checksPassed, 0)).toBe(true);
    expect(read?.best).not.toBe(stored.best);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'lab', 3, [], undefined]) {
      expect(readLab(value)).toBeNull();
      expect(readLabBest(value)).toBeNull();
    }
  });

  it('refuses a total over 1,000 requests', () => {
    const counts = (checksTotal: number, probesTotal: number) => ({
      checksPassed: 0,
      checksTotal,
      probesDenied: 0,
      probesTotal,
    });
    expect(readLabBest(counts(1_001, 0))).toBeNull();
    expect(readLabBest(counts(1_000, 1_000))).toEqual(counts(1_000, 1_000));
  });
});
