import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from '../../../../src/lib/progress/decode';
import type { LessonRecord, QuizAttempt } from '../../../../src/lib/progress/types';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const EMPTY = { version: 1, lessons: {}, attempts: [] };
const LESSON_ID = 'shared-responsibility/security-of-and-in-the-cloud';
const VISIT: LessonRecord = {
  firstVisitedAt: '2026-11-28T09:00:00.000Z',
  lastVisitedAt: '2026-11-28T09:30:00.000Z',
};

/** Stored text for a version-1 record with the given fields. */
const stored = (fields: Record<string, unknown>): string => JSON.stringify({ version: 1, ...fields });

/** Stored text holding the given attempts (plain objects, so invalid fields can be written). */
const storedAttempts = (...attempts: unknown[]): string => stored({ lessons: {}, attempts });

/** A valid attempt as stored, with some fields replaced. */
const rawAttempt = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  ...makeAttempt(),
  ...overrides,
});

/** Asserts that nothing was added to Object.prototype. */
function expectPrototypeUntouched() {
  const probe: Record<string, unknown> = {};
  expect(probe['polluted']).toBeUndefined();
  expect(probe['firstVisitedAt']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('decodeProgress: what is stored as a whole', () => {
  it('returns empty progress and no problem when nothing is stored', () => {
    expect(decodeProgress(undefined)).toEqual({ progress: EMPTY, problem: null });
  });

  it('returns empty progress and unreadable for text that is not JSON', () => {
    expect(decodeProgress('{"version":1,"lessons":')).toEqual({
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
    ['an array', '[{"version":1}]'],
    ['an object without a version', '{"lessons":{},"attempts":[]}'],
    ['a version given as a string', '{"version":"1","lessons":{},"attempts":[]}'],
    ['a fractional version', '{"version":1.5,"lessons":{},"attempts":[]}'],
    ['version 0', '{"version":0,"lessons":{},"attempts":[]}'],
    ['a negative version', '{"version":-1,"lessons":{},"attempts":[]}'],
    ['a version too large for a number', '{"version":1e400,"lessons":{},"attempts":[]}'],
  ])('returns empty progress and not-progress for JSON that is %s', (_what, text) => {
    expect(decodeProgress(text)).toEqual({ progress: EMPTY, problem: { code: 'not-progress' } });
  });

  it('returns empty progress and newer-version with the version for data from a newer site', () => {
    const text = JSON.stringify({ version: 2, lessons: { [LESSON_ID]: VISIT }, attempts: [makeAttempt()] });

    expect(decodeProgress(text)).toEqual({ progress: EMPTY, problem: { code: 'newer-version', version: 2 } });
  });

  it('accepts the version written as 1.0', () => {
    expect(decodeProgress('{"version":1.0,"lessons":{},"attempts":[]}')).toEqual({
      progress: EMPTY,
      problem: null,
    });
  });

  it('returns no problem for a record with no lessons and no attempts fields', () => {
    expect(decodeProgress('{"version":1}')).toEqual({ progress: EMPTY, problem: null });
  });

  it('returns a fully valid record unchanged with no problem', () => {
    const attempt = makeAttempt({ id: 'attempt-1' });
    const text = stored({ lessons: { [LESSON_ID]: VISIT }, attempts: [attempt] });

    expect(decodeProgress(text)).toEqual({
      progress: { version: 1, lessons: { [LESSON_ID]: VISIT }, attempts: [attempt] },
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
      progress: { version: 1, lessons: { [LESSON_ID]: VISIT, [other]: VISIT }, attempts: [] },
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
      progress: { version: 1, lessons: { [LESSON_ID]: visit }, attempts: [] },
      problem: null,
    });
  });

  it('keeps a lesson whose id is exactly 200 characters', () => {
    const lessonId = `m/${'a'.repeat(198)}`;

    expect(decodeProgress(stored({ lessons: { [lessonId]: VISIT }, attempts: [] }))).toEqual({
      progress: { version: 1, lessons: { [lessonId]: VISIT }, attempts: [] },
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
      progress: { version: 1, lessons: {}, attempts: [attempt] },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('drops only the fields it knows of from a lesson record', () => {
    const text = stored({ lessons: { [LESSON_ID]: { ...VISIT, note: 'extra' } }, attempts: [] });

    expect(decodeProgress(text)).toEqual({
      progress: { version: 1, lessons: { [LESSON_ID]: VISIT }, attempts: [] },
      problem: null,
    });
  });
});

describe('decodeProgress: attempts', () => {
  it('keeps every valid attempt, in order, when one attempt is malformed', () => {
    const first = makeAttempt({ id: 'attempt-1', finishedAt: '2026-11-28T10:00:00.000Z' });
    const third = makeAttempt({ id: 'attempt-3', finishedAt: '2026-11-28T12:00:00.000Z' });
    const text = storedAttempts(first, rawAttempt({ id: 'attempt-2', earned: 'three' }), third);

    expect(decodeProgress(text)).toEqual({
      progress: { version: 1, lessons: {}, attempts: [first, third] },
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
      progress: { version: 1, lessons: { [LESSON_ID]: VISIT }, attempts: [valid] },
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
      progress: { version: 1, lessons: {}, attempts: [first, other] },
      problem: null,
    });
  });

  it.each([
    ['an object', { 'attempt-1': makeAttempt() }],
    ['a string', 'attempts'],
    ['null', null],
  ])('counts attempts stored as %s as one dropped entry and keeps the lessons', (_what, attempts) => {
    expect(decodeProgress(stored({ lessons: { [LESSON_ID]: VISIT }, attempts }))).toEqual({
      progress: { version: 1, lessons: { [LESSON_ID]: VISIT }, attempts: [] },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  const invalidAttempts: [string, unknown][] = [
    ['is not an object', 'attempt-1'],
    ['is an array', [makeAttempt()]],
    ['is null', null],
    ['has no id', rawAttempt({ id: undefined })],
    ['has an empty id', rawAttempt({ id: '' })],
    ['has an id longer than 100 characters', rawAttempt({ id: 'x'.repeat(101) })],
    ['has a numeric id', rawAttempt({ id: 7 })],
    ['has a quiz id that is not kebab-case', rawAttempt({ quizId: 'Shared Responsibility' })],
    ['has no quiz id', rawAttempt({ quizId: undefined })],
    ['has a finishing time that is not a date', rawAttempt({ finishedAt: 'soon' })],
    ['has a finishing time given as a number', rawAttempt({ finishedAt: 1_795_000_000_000 })],
    ['has negative points earned', rawAttempt({ earned: -1 })],
    ['has fractional points earned', rawAttempt({ earned: 1.5, total: 3 })],
    ['has points given as a string', rawAttempt({ earned: '3' })],
    ['has a huge total', rawAttempt({ earned: 3, total: 1e21 })],
    ['has a total just above the limit of 10000', rawAttempt({ earned: 3, total: 10_001 })],
    ['has a negative total', rawAttempt({ earned: 0, total: -3 })],
    ['earned more points than the total', rawAttempt({ earned: 4, total: 3 })],
    ['has passed given as a string', rawAttempt({ passed: 'true' })],
    ['has no passed flag', rawAttempt({ passed: undefined })],
    ['has no responses', rawAttempt({ responses: undefined })],
    ['has responses given as an array', rawAttempt({ responses: [['a']] })],
    ['has a response that is not a list', rawAttempt({ responses: { single: 'a' } })],
    ['has a response with a non-string id', rawAttempt({ responses: { single: [1] } })],
    ['has a response with an id that is not kebab-case', rawAttempt({ responses: { single: ['A'] } })],
    ['has a question id that is not kebab-case', rawAttempt({ responses: { 'Single Choice': ['a'] } })],
    ['has a response with more than 50 ids', rawAttempt({ responses: { single: Array(51).fill('a') } })],
  ];

  it.each(invalidAttempts)('drops an attempt that %s', (_what, attempt) => {
    expect(decodeProgress(storedAttempts(attempt))).toEqual({
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
      progress: { version: 1, lessons: {}, attempts: [attempt] },
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
});

describe('decodeProgress: prototype pollution', () => {
  it('ignores a top-level "__proto__" key and leaves Object.prototype alone', () => {
    const result = decodeProgress('{"__proto__":{"polluted":1},"version":1,"lessons":{},"attempts":[]}');

    expect(result).toEqual({ progress: EMPTY, problem: null });
    expectPrototypeUntouched();
  });

  it('drops a lesson stored under "__proto__" and leaves Object.prototype alone', () => {
    const result = decodeProgress(
      '{"version":1,"lessons":{"__proto__":{"polluted":1,"firstVisitedAt":"2026-11-28T09:00:00.000Z","lastVisitedAt":"2026-11-28T09:30:00.000Z"}},"attempts":[]}',
    );

    expect(result).toEqual({ progress: EMPTY, problem: { code: 'partly-invalid', dropped: 1 } });
    expect(Object.getPrototypeOf(result.progress.lessons)).toBe(Object.prototype);
    expectPrototypeUntouched();
  });

  it('drops an attempt whose responses include a "__proto__" key and leaves Object.prototype alone', () => {
    const text = `{"version":1,"lessons":{},"attempts":[{"id":"attempt-1","quizId":"quiz","finishedAt":"2026-11-28T10:00:00.000Z","earned":1,"total":1,"passed":true,"responses":{"single":["a"],"__proto__":["polluted"]}}]}`;

    expect(decodeProgress(text)).toEqual({
      progress: EMPTY,
      problem: { code: 'partly-invalid', dropped: 1 },
    });
    expectPrototypeUntouched();
  });

  it('ignores "__proto__" inside an attempt and keeps the attempt', () => {
    const text = `{"version":1,"lessons":{},"attempts":[{"__proto__":{"polluted":1},"id":"attempt-1","quizId":"quiz","finishedAt":"2026-11-28T10:00:00.000Z","earned":1,"total":1,"passed":true,"responses":{}}]}`;

    const result = decodeProgress(text);

    expect(result.progress.attempts).toEqual([
      {
        id: 'attempt-1',
        quizId: 'quiz',
        finishedAt: '2026-11-28T10:00:00.000Z',
        earned: 1,
        total: 1,
        passed: true,
        responses: {},
      },
    ]);
    expectPrototypeUntouched();
  });

  it('drops a lesson stored under "constructor"', () => {
    const text = stored({ lessons: { constructor: VISIT, [LESSON_ID]: VISIT }, attempts: [] });

    expect(decodeProgress(text)).toEqual({
      progress: { version: 1, lessons: { [LESSON_ID]: VISIT }, attempts: [] },
      problem: { code: 'partly-invalid', dropped: 1 },
    });
  });

  it('drops an attempt whose responses include a "constructor" key', () => {
    const attempt = rawAttempt({ responses: { single: ['a'], constructor: ['a'] } });

    expect(decodeProgress(storedAttempts(attempt))).toEqual({
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
        earned: 3,
        total: 3,
        passed: true,
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
    const progress = makeProgress([makeAttempt()]);

    expect(JSON.parse(encodeProgress(progress))).toEqual(progress);
  });
});
