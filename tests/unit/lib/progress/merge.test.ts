import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KEEP, compactProgress } from '../../../../src/lib/progress/compact';
import { decodeProgress, encodeProgress } from '../../../../src/lib/progress/decode';
import { byFinishTime, mergeProgress } from '../../../../src/lib/progress/merge';
import { applyQuizResult } from '../../../../src/lib/progress/reducers';
import { summarizeQuiz } from '../../../../src/lib/progress/summary';
import {
  createEmptyArchive,
  type LabRecord,
  type Progress,
  type QuizArchive,
  type QuizAttempt,
} from '../../../../src/lib/progress/types';
import { dayKey } from '../../../../src/lib/core/local-day';
import { attemptFieldsArbitrary } from '../../../fixtures/arbitraries';
import { makeArchive, makeAttempt, makeProgress, makeQuizArchive } from '../../../fixtures/builders';

const QUIZ = 'shared-responsibility';
const OTHER_QUIZ = 'iam-basics';
const LESSON = 'shared-responsibility/security-of-and-in-the-cloud';
const OTHER_LESSON = 'iam/least-privilege';

const at = (minute: number): string =>
  new Date(Date.parse('2026-11-01T00:00:00.000Z') + minute * 60_000).toISOString();

const nth = (i: number, overrides: Partial<QuizAttempt> = {}): QuizAttempt =>
  makeAttempt({ id: `attempt-${i}`, finishedAt: at(i), ...overrides });

const ids = (progress: Progress): string[] => progress.attempts.map((attempt) => attempt.id);

/** An archived quiz: 3 attempts, best and last 1 of 3, the last at minute 0. */
const archived = (overrides: Partial<QuizArchive> = {}): QuizArchive =>
  makeQuizArchive({ attempts: 3, bestEarned: 1, lastAt: at(0), ...overrides });

const withQuizArchive = (attempts: QuizAttempt[], quizzes: Record<string, QuizArchive>): Progress =>
  makeProgress(attempts, { archive: makeArchive({ quizzes }) });

describe('mergeProgress: attempts', () => {
  it('takes the union of attempts by id, sorted by finishing time', () => {
    const a = makeProgress([nth(1), nth(3)]);
    const b = makeProgress([nth(2), nth(3), nth(0)]);

    expect(ids(mergeProgress(a, b))).toEqual(['attempt-0', 'attempt-1', 'attempt-2', 'attempt-3']);
  });

  it('sorts by instant whatever the UTC offset, then by id', () => {
    const a = makeProgress([nth(0, { id: 'b', finishedAt: '2026-11-01T10:00:00.000Z' })]);
    const b = makeProgress([
      nth(0, { id: 'a', finishedAt: '2026-11-01T12:00:00.000+02:00' }),
      nth(0, { id: 'c', finishedAt: '2026-11-01T09:59:00.000Z' }),
    ]);

    expect(ids(mergeProgress(a, b))).toEqual(['c', 'a', 'b']);
  });

  it('keeps one of two different attempts with the same id, the same one whichever side it is on', () => {
    const passed = nth(1, { earned: 3, passed: true });
    const failed = nth(1, { earned: 0, passed: false });

    const ab = mergeProgress(makeProgress([passed]), makeProgress([failed]));
    const ba = mergeProgress(makeProgress([failed]), makeProgress([passed]));

    expect(ab.attempts).toHaveLength(1);
    expect(ab).toEqual(ba);
  });

  it('keeps the object itself when both sides hold the same attempt object', () => {
    const attempt = nth(1);

    expect(mergeProgress(makeProgress([attempt]), makeProgress([attempt])).attempts[0]).toBe(attempt);
  });

  it('compacts the result', () => {
    const a = makeProgress(Array.from({ length: DEFAULT_KEEP }, (_, i) => nth(2 * i)));
    const b = makeProgress(Array.from({ length: 5 }, (_, i) => nth(2 * i + 1)));

    const merged = mergeProgress(a, b);

    expect(merged.attempts).toHaveLength(DEFAULT_KEEP);
    expect(summarizeQuiz(merged, QUIZ).attempts).toBe(DEFAULT_KEEP + 5);
  });

  it('does not change either side', () => {
    const a = makeProgress([nth(1)], {
      archive: { ...createEmptyArchive(), quizzes: { [QUIZ]: archived() } },
    });
    const b = makeProgress([nth(2)]);
    const before = structuredClone([a, b]);

    mergeProgress(a, b);

    expect([a, b]).toEqual(before);
  });
});

describe('mergeProgress: lessons', () => {
  it('takes the union of lessons with the earliest first visit and the latest last visit', () => {
    const a = makeProgress([], {
      lessons: { [LESSON]: { firstVisitedAt: at(10), lastVisitedAt: at(20) } },
    });
    const b = makeProgress([], {
      lessons: {
        [LESSON]: { firstVisitedAt: at(5), lastVisitedAt: at(15) },
        [OTHER_LESSON]: { firstVisitedAt: at(1), lastVisitedAt: at(2) },
      },
    });

    expect(mergeProgress(a, b).lessons).toEqual({
      [LESSON]: { firstVisitedAt: at(5), lastVisitedAt: at(20) },
      [OTHER_LESSON]: { firstVisitedAt: at(1), lastVisitedAt: at(2) },
    });
    expect(mergeProgress(b, a).lessons).toEqual(mergeProgress(a, b).lessons);
  });

  it('compares visits as instants, and picks one way of writing an instant whatever the order', () => {
    const utc = { firstVisitedAt: '2026-11-01T10:00:00.000Z', lastVisitedAt: '2026-11-01T10:00:00.000Z' };
    const offset = {
      firstVisitedAt: '2026-11-01T12:00:00.000+02:00',
      lastVisitedAt: '2026-11-01T12:00:00.000+02:00',
    };
    const a = makeProgress([], { lessons: { [LESSON]: utc } });
    const b = makeProgress([], { lessons: { [LESSON]: offset } });

    expect(mergeProgress(a, b).lessons).toEqual(mergeProgress(b, a).lessons);
    expect(mergeProgress(a, b).lessons[LESSON]).toEqual({
      firstVisitedAt: '2026-11-01T10:00:00.000Z',
      lastVisitedAt: '2026-11-01T12:00:00.000+02:00',
    });
  });

  it('keeps a lesson named like an Object.prototype property as plain data', () => {
    const visit = { firstVisitedAt: at(1), lastVisitedAt: at(2) };
    const lessons = JSON.parse(`{"__proto__":${JSON.stringify(visit)}}`) as Progress['lessons'];

    const merged = mergeProgress(makeProgress([], { lessons }), makeProgress([], { lessons }));

    expect(Object.keys(merged.lessons)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged.lessons)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('mergeProgress: labs', () => {
  const lab = (overrides: Partial<LabRecord> = {}): LabRecord => ({
    firstRunAt: at(10),
    lastRunAt: at(20),
    runs: 3,
    completedAt: null,
    best: { checksPassed: 2, checksTotal: 3, probesDenied: 1, probesTotal: 2 },
    policy: 'here',
    ...overrides,
  });

  it('takes the union of labs, the earliest first run and completion, the latest run and its policy', () => {
    const here = makeProgress([], { labs: { a: lab(), b: lab({ policy: null }) } });
    const there = makeProgress([], {
      labs: {
        a: lab({
          firstRunAt: at(5),
          lastRunAt: at(15),
          runs: 2,
          completedAt: at(15),
          best: { checksPassed: 3, checksTotal: 3, probesDenied: 0, probesTotal: 2 },
          policy: 'there',
        }),
        c: lab({ completedAt: at(12) }),
      },
    });

    const merged = mergeProgress(here, there);

    expect(merged.labs).toEqual({
      a: {
        firstRunAt: at(5),
        lastRunAt: at(20),
        runs: 3,
        completedAt: at(15),
        best: { checksPassed: 3, checksTotal: 3, probesDenied: 0, probesTotal: 2 },
        policy: 'here',
      },
      b: lab({ policy: null }),
      c: lab({ completedAt: at(12) }),
    });
    expect(mergeProgress(there, here)).toEqual(merged);
  });

  it('counts runs as the larger of the two, so an export merged back into its browser adds none', () => {
    const here = makeProgress([], { labs: { a: lab({ runs: 7 }) } });

    expect(mergeProgress(here, here).labs['a']?.runs).toBe(7);
    expect(mergeProgress(here, makeProgress([], { labs: { a: lab({ runs: 4 }) } })).labs['a']?.runs).toBe(7);
  });

  it('ranks best runs by checks passed, then probes denied, whatever the order', () => {
    const moreProbes = lab({ best: { checksPassed: 2, checksTotal: 3, probesDenied: 2, probesTotal: 2 } });
    const moreChecks = lab({ best: { checksPassed: 3, checksTotal: 3, probesDenied: 0, probesTotal: 2 } });
    const a = makeProgress([], { labs: { a: lab() } });

    expect(mergeProgress(a, makeProgress([], { labs: { a: moreProbes } })).labs['a']?.best).toEqual(
      moreProbes.best,
    );
    expect(
      mergeProgress(
        makeProgress([], { labs: { a: moreProbes } }),
        makeProgress([], { labs: { a: moreChecks } }),
      ).labs['a']?.best,
    ).toEqual(moreChecks.best);
  });

  it('keeps a lab named like an Object.prototype property as plain data', () => {
    const labs = JSON.parse(`{"constructor":${JSON.stringify(lab())}}`) as Record<string, LabRecord>;
    const merged = mergeProgress(makeProgress([], { labs }), makeProgress([]));

    expect(Object.keys(merged.labs)).toEqual(['constructor']);
    expect(Object.getPrototypeOf(merged.labs)).toBe(Object.prototype);
  });
});

describe('mergeProgress: archives', () => {
  it('takes per quiz the larger count, a pass from either, the better best and the later last', () => {
    const a = withQuizArchive([], {
      [QUIZ]: archived({
        attempts: 5,
        passed: true,
        bestEarned: 2,
        bestTotal: 3,
        lastEarned: 0,
        lastAt: at(10),
      }),
    });
    const b = withQuizArchive([], {
      [QUIZ]: archived({
        attempts: 3,
        passed: false,
        bestEarned: 5,
        bestTotal: 6,
        lastEarned: 1,
        lastAt: at(20),
      }),
      [OTHER_QUIZ]: archived(),
    });

    const merged = mergeProgress(a, b);

    expect(merged.archive.quizzes).toEqual({
      [QUIZ]: {
        attempts: 5,
        passed: true,
        bestEarned: 5,
        bestTotal: 6,
        lastEarned: 1,
        lastTotal: 3,
        lastAt: at(20),
      },
      [OTHER_QUIZ]: archived(),
    });
    expect(mergeProgress(b, a)).toEqual(merged);
  });

  it('breaks ties the same way whatever the order: equal best ratios, equal last times', () => {
    const a = withQuizArchive([], { [QUIZ]: archived({ bestEarned: 2, bestTotal: 3, lastEarned: 0 }) });
    const b = withQuizArchive([], { [QUIZ]: archived({ bestEarned: 4, bestTotal: 6, lastEarned: 2 }) });

    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
    expect(mergeProgress(a, b).archive.quizzes[QUIZ]).toMatchObject({
      bestEarned: 4,
      bestTotal: 6,
      lastEarned: 2,
    });
  });

  it('breaks a tie of last instants written two ways by the string, whatever the order', () => {
    const a = withQuizArchive([], {
      [QUIZ]: archived({ lastAt: '2026-11-01T10:00:00.000Z', lastEarned: 0 }),
    });
    const b = withQuizArchive([], {
      [QUIZ]: archived({ lastAt: '2026-11-01T12:00:00.000+02:00', lastEarned: 1 }),
    });

    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
    expect(mergeProgress(a, b).archive.quizzes[QUIZ]).toMatchObject({
      lastAt: '2026-11-01T12:00:00.000+02:00',
    });
  });

  it('takes per day the larger of each field and per tag the entry with the larger total', () => {
    const a = makeProgress([], {
      archive: {
        quizzes: {},
        days: {
          '2026-11-01': { attempts: 4, earned: 2, total: 12 },
          '2026-11-02': { attempts: 1, earned: 1, total: 1 },
        },
        tags: { 'area:iam': { earned: 5, total: 10 }, 'module:iam': { earned: 1, total: 2 } },
        practiceTags: {},
      },
    });
    const b = makeProgress([], {
      archive: {
        quizzes: {},
        days: { '2026-11-01': { attempts: 3, earned: 6, total: 9 } },
        tags: { 'area:iam': { earned: 9, total: 9 }, 'module:iam': { earned: 2, total: 2 } },
        practiceTags: {},
      },
    });

    const merged = mergeProgress(a, b);

    expect(merged.archive.days).toEqual({
      '2026-11-01': { attempts: 4, earned: 6, total: 12 },
      '2026-11-02': { attempts: 1, earned: 1, total: 1 },
    });
    expect(merged.archive.tags).toEqual({
      'area:iam': { earned: 5, total: 10 },
      'module:iam': { earned: 2, total: 2 },
    });
    expect(mergeProgress(b, a)).toEqual(merged);
  });

  it('does not count twice an attempt one side holds in full and the other has already folded', () => {
    // One history: the stored copy folded the two oldest attempts; a tab still holds them in full.
    const attempts = [nth(0, { passed: false, earned: 1 }), nth(1, { earned: 3 }), nth(2), nth(3)];
    const tab = makeProgress(attempts);
    const stored = compactProgress(tab, 2);
    expect(stored.archive.quizzes[QUIZ]?.attempts).toBe(2);

    const merged = mergeProgress(stored, tab);

    expect(merged).toEqual(stored);
    expect(mergeProgress(tab, stored)).toEqual(stored);
    expect(summarizeQuiz(merged, QUIZ).attempts).toBe(4);
  });

  it('does not count twice when the tab holding old attempts in full records a new one', () => {
    const attempts = Array.from({ length: 6 }, (_, i) => nth(i));
    const tab = applyQuizResult(makeProgress(attempts), nth(6));
    const stored = compactProgress(makeProgress(attempts), 3);

    const merged = compactProgress(mergeProgress(stored, tab), 3);

    expect(summarizeQuiz(merged, QUIZ).attempts).toBe(7);
    expect(ids(merged)).toEqual(['attempt-4', 'attempt-5', 'attempt-6']);
  });

  it('keeps in full an attempt at a quiz the other side has archived that finished after its last folded one', () => {
    const a = withQuizArchive([], { [QUIZ]: archived({ lastAt: at(5) }) });
    const b = makeProgress([nth(6), nth(4, { quizId: OTHER_QUIZ })]);

    const merged = mergeProgress(a, b);

    expect(ids(merged)).toEqual(['attempt-4', 'attempt-6']);
    expect(merged.archive.quizzes[QUIZ]?.attempts).toBe(3);
  });

  it('keeps the pass and best score of an old attempt from a separate history (counted with max)', () => {
    const a = withQuizArchive([], {
      [QUIZ]: archived({ attempts: 3, passed: false, bestEarned: 1, lastAt: at(100) }),
    });
    const b = makeProgress([nth(50, { earned: 3, passed: true })]);

    const summary = summarizeQuiz(mergeProgress(a, b), QUIZ);

    expect(summary).toMatchObject({ attempts: 3, passed: true, best: { earned: 3, total: 3, percent: 100 } });
  });
});

/** A lab record with times a few minutes apart, so instants and policies often tie. */
const labArbitrary: fc.Arbitrary<LabRecord> = fc
  .record({
    first: fc.integer({ min: 0, max: 5 }),
    span: fc.integer({ min: 0, max: 5 }),
    completed: fc.option(fc.integer({ min: 0, max: 5 })),
    runs: fc.integer({ min: 1, max: 4 }),
    checks: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 3, max: 4 })),
    probes: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 2, max: 3 })),
    policy: fc.constantFrom(null, 'one', 'two'),
  })
  .map(({ first, span, completed, runs, checks, probes, policy }) => ({
    firstRunAt: at(first),
    lastRunAt: at(first + span),
    runs,
    completedAt: completed === null ? null : at(first + Math.min(completed, span)),
    best: {
      checksPassed: checks[0],
      checksTotal: checks[1],
      probesDenied: probes[0],
      probesTotal: probes[1],
    },
    policy,
  }));

// Arbitrary copies of one history, as two tabs or an export hold it: a shared list of attempts,
// each side holding a subset (some recorded only there), compacted with its own limit.
const attemptArbitrary = attemptFieldsArbitrary([QUIZ, OTHER_QUIZ], 20_000);

const sideArbitrary = (all: QuizAttempt[]) =>
  fc
    .record({
      picks: fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }),
      keep: fc.integer({ min: 0, max: 25 }),
      lessons: fc.dictionary(
        fc.constantFrom(LESSON, OTHER_LESSON, 'iam/intro'),
        fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
      ),
      labs: fc.dictionary(fc.constantFrom('lab-a', 'lab-b', 'lab-c'), labArbitrary),
    })
    .map(({ picks, keep, lessons, labs }) =>
      compactProgress(
        makeProgress(
          all.filter((_, i) => picks[i]),
          {
            lessons: Object.fromEntries(
              Object.entries(lessons).map(([id, [x, y]]) => [
                id,
                { firstVisitedAt: at(Math.min(x, y)), lastVisitedAt: at(Math.max(x, y)) },
              ]),
            ),
            labs,
          },
        ),
        keep,
      ),
    );

const pairArbitrary = fc
  .array(attemptArbitrary, { maxLength: 30 })
  .map((list) => list.map((fields, i) => makeAttempt({ ...fields, id: `attempt-${i}`, tagScores: {} })))
  .chain((all) => fc.tuple(fc.constant(all), sideArbitrary(all), sideArbitrary(all)));

/** Everything one copy knows of a quiz: pass and best ratio, over archive and attempts. */
const knowledge = (progress: Progress, quizId: string) => {
  const summary = summarizeQuiz(progress, quizId);
  return { passed: summary.passed, best: summary.best?.percent ?? null };
};

describe('mergeProgress: properties', () => {
  it('is commutative: the same result, and so the same attempt set, whatever the order', () => {
    fc.assert(
      fc.property(pairArbitrary, ([, a, b]) => {
        const ab = mergeProgress(a, b);
        expect(mergeProgress(b, a)).toEqual(ab);
        expect(new Set(ids(ab))).toEqual(new Set(ids(mergeProgress(b, a))));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: merging the result with itself or with either side changes nothing', () => {
    fc.assert(
      fc.property(pairArbitrary, ([, a, b]) => {
        const merged = mergeProgress(a, b);
        expect(mergeProgress(merged, merged)).toEqual(merged);
        expect(mergeProgress(merged, a)).toEqual(merged);
        expect(mergeProgress(b, merged)).toEqual(merged);
        expect(mergeProgress(a, a)).toEqual(mergeProgress(a, compactProgress(a)));
      }),
      { numRuns: 300 },
    );
  });

  it('never loses an attempt, a pass, a best score or a lab, and never counts more attempts than there are', () => {
    fc.assert(
      fc.property(pairArbitrary, ([all, a, b]) => {
        const merged = mergeProgress(a, b);
        const kept = new Set(ids(merged));
        for (const attempt of [...a.attempts, ...b.attempts]) {
          // Kept in full, or covered by its quiz's archive entry (practice: by its day).
          if (kept.has(attempt.id)) continue;
          if (attempt.kind !== 'quiz') {
            expect(merged.archive.days[dayKey(attempt.finishedAt) ?? '']).toBeDefined();
            continue;
          }
          const entry = merged.archive.quizzes[attempt.quizId];
          expect(entry).toBeDefined();
          expect(Date.parse(entry?.lastAt ?? '')).toBeGreaterThanOrEqual(Date.parse(attempt.finishedAt));
        }
        for (const quizId of [QUIZ, OTHER_QUIZ]) {
          const fromA = knowledge(a, quizId);
          const fromB = knowledge(b, quizId);
          const result = knowledge(merged, quizId);
          expect(result.passed).toBe(fromA.passed || fromB.passed);
          expect(result.best).toBe(
            fromA.best === null
              ? fromB.best
              : fromB.best === null
                ? fromA.best
                : Math.max(fromA.best, fromB.best),
          );
          const count = summarizeQuiz(merged, quizId).attempts;
          expect(count).toBeGreaterThanOrEqual(
            Math.max(summarizeQuiz(a, quizId).attempts, summarizeQuiz(b, quizId).attempts),
          );
          expect(count).toBeLessThanOrEqual(
            all.filter((attempt) => attempt.quizId === quizId && attempt.kind === 'quiz').length,
          );
        }
        for (const labId of new Set([...Object.keys(a.labs), ...Object.keys(b.labs)])) {
          const sides = [a.labs[labId], b.labs[labId]].filter((lab) => lab !== undefined);
          const lab = merged.labs[labId];
          expect(lab?.completedAt !== null).toBe(sides.some((side) => side.completedAt !== null));
          expect(lab?.runs).toBe(Math.max(...sides.map((side) => side.runs)));
          expect(lab?.best.checksPassed).toBe(Math.max(...sides.map((side) => side.best.checksPassed)));
        }
        expect(decodeProgress(encodeProgress(merged))).toEqual({ progress: merged, problem: null });
        expect([...merged.attempts].sort(byFinishTime)).toEqual(merged.attempts);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every attempt of both sides in full when nothing is folded', () => {
    fc.assert(
      fc.property(pairArbitrary, ([all]) => {
        const a = makeProgress(all.filter((_, i) => i % 2 === 0));
        const b = makeProgress(all.filter((_, i) => i % 3 === 0));
        const expected = new Set([...ids(a), ...ids(b)]);

        expect(new Set(ids(mergeProgress(a, b)))).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
