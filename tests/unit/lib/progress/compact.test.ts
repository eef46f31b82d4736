import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KEEP,
  DEFAULT_MAX_BYTES,
  compactProgress,
  foldAttempts,
} from '../../../../src/lib/progress/compact';
import { decodeProgress, encodeProgress } from '../../../../src/lib/progress/decode';
import { summarizeQuiz, summarizeTags } from '../../../../src/lib/progress/summary';
import { createEmptyArchive, type QuizAttempt } from '../../../../src/lib/progress/types';
import { attemptFieldsArbitrary } from '../../../fixtures/arbitraries';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const QUIZ = 'shared-responsibility';
const OTHER_QUIZ = 'iam-basics';

/** The `i`-th attempt of a history, one hour apart from 2026-11-01T00:00Z. */
const nth = (i: number, overrides: Partial<QuizAttempt> = {}): QuizAttempt =>
  makeAttempt({
    id: `attempt-${i}`,
    finishedAt: new Date(Date.parse('2026-11-01T00:00:00.000Z') + i * 3_600_000).toISOString(),
    ...overrides,
  });

const history = (count: number, overrides: (i: number) => Partial<QuizAttempt> = () => ({})) =>
  Array.from({ length: count }, (_, i) => nth(i, overrides(i)));

describe('compactProgress', () => {
  it('keeps 200 attempts and at most 140,000 characters of them by default', () => {
    expect(DEFAULT_KEEP).toBe(200);
    expect(DEFAULT_MAX_BYTES).toBe(140_000);
  });

  it('returns the same progress when there are no more attempts than it keeps', () => {
    const progress = makeProgress(history(3));

    expect(compactProgress(progress, 3)).toBe(progress);
    expect(compactProgress(makeProgress([]), 0)).toEqual(makeProgress([]));
  });

  it('folds the oldest attempts into the archive and keeps the newest in full, in their order', () => {
    const attempts = history(5, (i) => ({ earned: i % 4, passed: i === 3 }));
    const progress = makeProgress(attempts);

    const compacted = compactProgress(progress, 2);

    expect(compacted.attempts).toEqual([attempts[3], attempts[4]]);
    expect(compacted.lessons).toBe(progress.lessons);
    expect(compacted.archive).toEqual({
      quizzes: {
        [QUIZ]: {
          attempts: 3,
          passed: false,
          bestEarned: 2,
          bestTotal: 3,
          lastEarned: 2,
          lastTotal: 3,
          lastAt: '2026-11-01T02:00:00.000Z',
        },
      },
      days: { '2026-11-01': { attempts: 3, earned: 3, total: 9 } },
      tags: {
        'area:shared-responsibility': { earned: 9, total: 9 },
        'difficulty:foundational': { earned: 9, total: 9 },
        'module:shared-responsibility': { earned: 9, total: 9 },
      },
      practiceTags: {},
    });
  });

  it('picks the oldest by finishing time as instants, not by position or clock offset', () => {
    const late = nth(0, { id: 'late', finishedAt: '2026-11-02T10:00:00.000Z' });
    // 09:00 UTC, written as 11:00 at +02:00.
    const early = nth(1, { id: 'early', finishedAt: '2026-11-02T11:00:00.000+02:00' });

    const compacted = compactProgress(makeProgress([late, early]), 1);

    expect(compacted.attempts).toEqual([late]);
    expect(compacted.archive.quizzes[QUIZ]?.lastAt).toBe('2026-11-02T11:00:00.000+02:00');
    expect(Object.keys(compacted.archive.days)).toEqual(['2026-11-02']);
  });

  it('folds the earlier-recorded of two attempts finished at the same time first', () => {
    const first = nth(0, { id: 'first' });
    const second = nth(0, { id: 'second' });

    expect(compactProgress(makeProgress([first, second]), 1).attempts).toEqual([second]);
  });

  it('adds to an existing archive: counts, pass, best (an older best wins a tie) and last', () => {
    const progress = makeProgress(
      [nth(10, { earned: 2, passed: false }), nth(11, { earned: 1, passed: false })],
      {
        archive: {
          quizzes: {
            [QUIZ]: {
              attempts: 7,
              passed: true,
              bestEarned: 4,
              bestTotal: 6,
              lastEarned: 0,
              lastTotal: 3,
              lastAt: '2026-11-01T05:00:00.000Z',
            },
          },
          days: { '2026-11-01': { attempts: 7, earned: 10.1, total: 21 } },
          tags: { 'area:shared-responsibility': { earned: 0.2, total: 1 } },
          practiceTags: {},
        },
      },
    );

    const compacted = compactProgress(progress, 1);

    expect(compacted.attempts).toEqual([progress.attempts[1]]);
    expect(compacted.archive.quizzes[QUIZ]).toEqual({
      attempts: 8,
      passed: true,
      bestEarned: 4,
      bestTotal: 6,
      lastEarned: 2,
      lastTotal: 3,
      lastAt: '2026-11-01T10:00:00.000Z',
    });
    // 10.1 + 2 is 12.1, not 12.100000000000001.
    expect(compacted.archive.days['2026-11-01']).toEqual({ attempts: 8, earned: 12.1, total: 24 });
    expect(compacted.archive.tags['area:shared-responsibility']).toEqual({ earned: 3.2, total: 4 });
  });

  it('keeps the archived last score when a folded attempt finished earlier (clock changed)', () => {
    const progress = makeProgress([nth(0, { earned: 1 }), nth(50)], {
      archive: {
        ...createEmptyArchive(),
        quizzes: {
          [QUIZ]: {
            attempts: 1,
            passed: false,
            bestEarned: 2,
            bestTotal: 3,
            lastEarned: 2,
            lastTotal: 3,
            lastAt: '2026-12-01T00:00:00.000Z',
          },
        },
      },
    });

    expect(compactProgress(progress, 1).archive.quizzes[QUIZ]).toMatchObject({
      attempts: 2,
      lastEarned: 2,
      lastAt: '2026-12-01T00:00:00.000Z',
    });
  });

  it('folds by UTC day of the finishing time', () => {
    const attempts = [
      nth(0, { finishedAt: '2026-11-01T23:30:00.000-02:00' }), // 2026-11-02 in UTC
      nth(1, { finishedAt: '2026-11-02T00:00:00.000Z' }),
      nth(2, { finishedAt: '2026-11-03T00:00:00.000+01:00' }), // 2026-11-02 in UTC
      nth(3, { finishedAt: '2026-11-04T00:00:00.000Z' }),
    ];

    expect(compactProgress(makeProgress(attempts), 1).archive.days).toEqual({
      '2026-11-02': { attempts: 3, earned: 9, total: 9 },
    });
  });

  it('keeps attempts from several quizzes apart in the archive', () => {
    const attempts = [nth(0), nth(1, { quizId: OTHER_QUIZ, earned: 0, passed: false }), nth(2)];

    const { archive } = compactProgress(makeProgress(attempts), 1);

    expect(Object.keys(archive.quizzes).sort()).toEqual([OTHER_QUIZ, QUIZ]);
    expect(archive.quizzes[OTHER_QUIZ]).toMatchObject({ attempts: 1, passed: false, bestEarned: 0 });
  });

  it('folds attempts until the ones kept take at most maxBytes characters of JSON', () => {
    const attempts = history(10);
    const size = JSON.stringify(attempts[0]).length + 1;

    const compacted = compactProgress(makeProgress(attempts), 200, size * 3 + 5);

    expect(compacted.attempts).toEqual(attempts.slice(7));
    expect(compacted.archive.quizzes[QUIZ]?.attempts).toBe(7);
  });

  it.each([
    ['a fraction, rounded down', 2.9, 2],
    ['a negative number, as 0', -1, 0],
    ['NaN, as the default', Number.NaN, 5],
    ['Infinity, as no limit', Number.POSITIVE_INFINITY, 5],
  ])('takes a keep of %s', (_what, keep, kept) => {
    expect(compactProgress(makeProgress(history(5)), keep).attempts).toHaveLength(kept);
  });

  it.each([
    ['a negative number, as 0', -1, 0],
    ['NaN, as the default', Number.NaN, 5],
    ['Infinity, as no limit', Number.POSITIVE_INFINITY, 5],
  ])('takes a maxBytes of %s', (_what, maxBytes, kept) => {
    expect(compactProgress(makeProgress(history(5)), 200, maxBytes).attempts).toHaveLength(kept);
  });

  it('folds everything with keep 0, and the result decodes with no problem', () => {
    const compacted = compactProgress(makeProgress(history(3)), 0);

    expect(compacted.attempts).toEqual([]);
    expect(decodeProgress(encodeProgress(compacted))).toEqual({ progress: compacted, problem: null });
  });

  it('does not change the progress it was given', () => {
    const progress = makeProgress(history(5), {
      archive: { ...createEmptyArchive(), days: { '2026-11-01': { attempts: 1, earned: 1, total: 3 } } },
    });
    const before = structuredClone(progress);

    compactProgress(progress, 2);

    expect(progress).toEqual(before);
  });

  it('keeps quiz ids and tags named like Object.prototype properties as plain data', () => {
    const attempt = nth(0, {
      quizId: '__proto__',
      tagScores: JSON.parse('{"__proto__":{"earned":1,"total":1}}') as QuizAttempt['tagScores'],
    });

    const { archive } = compactProgress(makeProgress([attempt]), 0);

    expect(Object.keys(archive.quizzes)).toEqual(['__proto__']);
    expect(Object.keys(archive.tags)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(archive.quizzes)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('foldAttempts', () => {
  it('folds nothing into an empty archive as an empty archive', () => {
    expect(foldAttempts(createEmptyArchive(), [])).toEqual(createEmptyArchive());
  });

  it('counts an evening attempt in Los Angeles on that evening, not on the next UTC day', () => {
    const evening = makeAttempt({ finishedAt: '2026-11-29T04:30:00.000Z' });
    expect(Object.keys(foldAttempts(createEmptyArchive(), [evening], 'America/Los_Angeles').days)).toEqual([
      '2026-11-28',
    ]);
    expect(Object.keys(foldAttempts(createEmptyArchive(), [evening], 'UTC').days)).toEqual(['2026-11-29']);
  });

  it('folds a retry and a review into the day and practice totals only, never into a best score or a pass', () => {
    const full = makeAttempt({ id: 'full', earned: 1, passed: false });
    const retry = makeAttempt({ id: 'retry', kind: 'retry', earned: 3, passed: false });
    const review = makeAttempt({ id: 'review', kind: 'review', quizId: 'review', earned: 2, passed: false });
    const archive = foldAttempts(createEmptyArchive(), [full, retry, review], 'UTC');

    expect(archive.quizzes).toEqual({
      'shared-responsibility': {
        attempts: 1,
        passed: false,
        bestEarned: 1,
        bestTotal: 3,
        lastEarned: 1,
        lastTotal: 3,
        lastAt: full.finishedAt,
      },
    });
    expect(archive.days).toEqual({ '2026-11-28': { attempts: 3, earned: 6, total: 9 } });
    expect(archive.tags['area:shared-responsibility']).toEqual({ earned: 3, total: 3 });
    expect(archive.practiceTags['area:shared-responsibility']).toEqual({ earned: 6, total: 6 });
  });
});

// Arbitrary histories: attempts of every kind at two quizzes, scores with 2 decimals, times within a month.
const attemptArbitrary = attemptFieldsArbitrary([QUIZ, OTHER_QUIZ], 43_200);

const historyArbitrary = fc
  .array(attemptArbitrary, { maxLength: 40 })
  .map((list) => list.map((fields, i) => makeAttempt({ ...fields, id: `attempt-${i}`, tagScores: {} })));

describe('compactProgress: properties', () => {
  it('is idempotent, and never loses an attempt count, a pass or a best score', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.integer({ min: 0, max: 40 }), (attempts, keep) => {
        const progress = makeProgress(attempts);
        const once = compactProgress(progress, keep);

        expect(compactProgress(once, keep)).toBe(once);
        expect(once.attempts.length).toBe(Math.min(keep, attempts.length));
        for (const quizId of [QUIZ, OTHER_QUIZ]) {
          const before = summarizeQuiz(progress, quizId);
          const after = summarizeQuiz(once, quizId);
          expect(after.attempts).toBe(before.attempts);
          expect(after.passed).toBe(before.passed);
          expect(after.best?.percent).toBe(before.best?.percent);
          expect(after.last?.percent).toBe(before.last?.percent);
        }
        expect(summarizeTags(once)).toEqual(summarizeTags(progress));
        expect(decodeProgress(encodeProgress(once))).toEqual({ progress: once, problem: null });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same archive whether it folds all at once or one attempt at a time', () => {
    fc.assert(
      fc.property(historyArbitrary, (attempts) => {
        const all = compactProgress(makeProgress(attempts), 0);
        let stepwise = makeProgress([]);
        for (const attempt of attempts) stepwise = compactProgress({ ...stepwise, attempts: [attempt] }, 0);

        expect(stepwise.archive.days).toEqual(all.archive.days);
        for (const [quizId, entry] of Object.entries(all.archive.quizzes)) {
          expect(stepwise.archive.quizzes[quizId]).toMatchObject({
            attempts: entry.attempts,
            passed: entry.passed,
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
