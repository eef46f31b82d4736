import { describe, expect, it } from 'vitest';
import { isLessonComplete, summarizeQuiz, summarizeTags } from '../../../../src/lib/progress/summary';
import type { ProgressArchive } from '../../../../src/lib/progress/types';
import { makeArchive, makeAttempt, makeProgress, makeQuizArchive } from '../../../fixtures/builders';

const QUIZ = 'shared-responsibility';
const OTHER_QUIZ = 'iam-basics';

describe('summarizeQuiz', () => {
  it('reports no attempts, no best, no last and not passed before any attempt', () => {
    expect(summarizeQuiz(makeProgress([]), QUIZ)).toEqual({
      attempts: 0,
      best: null,
      last: null,
      passed: false,
    });
  });

  it('sums up a single attempt as both best and last', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 2, total: 3, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ)).toEqual({
      attempts: 1,
      best: { earned: 2, total: 3, percent: 66 },
      last: { earned: 2, total: 3, percent: 66 },
      passed: false,
    });
  });

  it('picks the best attempt by ratio, not by points earned', () => {
    const progress = makeProgress([
      makeAttempt({
        id: 'a1',
        quizId: QUIZ,
        earned: 6,
        total: 10,
        passed: false,
        finishedAt: '2026-11-28T10:00:00.000Z',
      }),
      makeAttempt({
        id: 'a2',
        quizId: QUIZ,
        earned: 3,
        total: 3,
        passed: true,
        finishedAt: '2026-11-28T11:00:00.000Z',
      }),
      makeAttempt({
        id: 'a3',
        quizId: QUIZ,
        earned: 5,
        total: 10,
        passed: false,
        finishedAt: '2026-11-28T12:00:00.000Z',
      }),
    ]);

    expect(summarizeQuiz(progress, QUIZ)).toEqual({
      attempts: 3,
      best: { earned: 3, total: 3, percent: 100 },
      last: { earned: 5, total: 10, percent: 50 },
      passed: true,
    });
  });

  it('keeps the earliest of attempts with equal ratios as best (2/3 ties 4/6)', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 2, total: 3, passed: false }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 4, total: 6, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best).toEqual({ earned: 2, total: 3, percent: 66 });
  });

  it('takes the last attempt by finishing time, not by position in the list', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 1, total: 3, finishedAt: '2026-11-29T10:00:00.000Z' }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 2, total: 3, finishedAt: '2026-11-28T10:00:00.000Z' }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).last).toEqual({ earned: 1, total: 3, percent: 33 });
  });

  it('compares finishing times as instants, whatever their UTC offset', () => {
    const progress = makeProgress([
      // 11:00 UTC
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 1, total: 3, finishedAt: '2026-11-28T11:00:00.000Z' }),
      // 10:00 UTC, written later in the day by the clock
      makeAttempt({
        id: 'a2',
        quizId: QUIZ,
        earned: 2,
        total: 3,
        finishedAt: '2026-11-28T12:00:00.000+02:00',
      }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).last).toEqual({ earned: 1, total: 3, percent: 33 });
  });

  it('takes the later-recorded attempt as last when two finished at the same time', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 1, total: 3, finishedAt: '2026-11-28T10:00:00.000Z' }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 2, total: 3, finishedAt: '2026-11-28T10:00:00.000Z' }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).last).toEqual({ earned: 2, total: 3, percent: 66 });
  });

  it('counts the quiz as passed when any attempt passed, even if the last one failed', () => {
    const progress = makeProgress([
      makeAttempt({
        id: 'a1',
        quizId: QUIZ,
        earned: 3,
        total: 3,
        passed: true,
        finishedAt: '2026-11-28T10:00:00.000Z',
      }),
      makeAttempt({
        id: 'a2',
        quizId: QUIZ,
        earned: 0,
        total: 3,
        passed: false,
        finishedAt: '2026-11-28T11:00:00.000Z',
      }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).passed).toBe(true);
  });

  it('counts only attempts at the given quiz', () => {
    const progress = makeProgress([
      makeAttempt({
        id: 'a1',
        quizId: OTHER_QUIZ,
        earned: 3,
        total: 3,
        passed: true,
        finishedAt: '2026-11-29T10:00:00.000Z',
      }),
      makeAttempt({
        id: 'a2',
        quizId: QUIZ,
        earned: 1,
        total: 3,
        passed: false,
        finishedAt: '2026-11-28T10:00:00.000Z',
      }),
    ]);

    expect(summarizeQuiz(progress, QUIZ)).toEqual({
      attempts: 1,
      best: { earned: 1, total: 3, percent: 33 },
      last: { earned: 1, total: 3, percent: 33 },
      passed: false,
    });
  });

  it('shows a zero-total attempt as 0 %', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 0, total: 0, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ)).toEqual({
      attempts: 1,
      best: { earned: 0, total: 0, percent: 0 },
      last: { earned: 0, total: 0, percent: 0 },
      passed: false,
    });
  });

  it('keeps a scoring attempt as best over a later zero-total attempt', () => {
    const progress = makeProgress([
      makeAttempt({
        id: 'a1',
        quizId: QUIZ,
        earned: 2,
        total: 3,
        passed: false,
        finishedAt: '2026-11-28T10:00:00.000Z',
      }),
      makeAttempt({
        id: 'a2',
        quizId: QUIZ,
        earned: 0,
        total: 0,
        passed: false,
        finishedAt: '2026-11-28T11:00:00.000Z',
      }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best).toEqual({ earned: 2, total: 3, percent: 66 });
  });

  it('makes a scoring attempt best over an earlier zero-total attempt', () => {
    const progress = makeProgress([
      makeAttempt({
        id: 'a1',
        quizId: QUIZ,
        earned: 0,
        total: 0,
        passed: false,
        finishedAt: '2026-11-28T10:00:00.000Z',
      }),
      makeAttempt({
        id: 'a2',
        quizId: QUIZ,
        earned: 3,
        total: 3,
        passed: true,
        finishedAt: '2026-11-28T11:00:00.000Z',
      }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best).toEqual({ earned: 3, total: 3, percent: 100 });
  });

  it('rounds the percentage down, so 69.9 % never shows as 70 %', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 699, total: 1000, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best?.percent).toBe(69);
  });

  it('keeps fractional points and rounds their percentage down', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 2.67, total: 3, passed: true }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best).toEqual({ earned: 2.67, total: 3, percent: 89 });
  });

  it.each([
    // 0.29 * 100 is 28.999999999999996 in floating point; 0.57 * 100 is 56.99999999999999.
    [0.29, 1, 29],
    [0.57, 1, 57],
    [2.01, 3, 67],
    [1.15, 5, 23],
    [6.99, 10, 69],
  ])('shows %s of %s as %s %%, not a point lower through floating-point error', (earned, total, percent) => {
    const progress = makeProgress([makeAttempt({ id: 'a1', quizId: QUIZ, earned, total, passed: false })]);

    expect(summarizeQuiz(progress, QUIZ).best?.percent).toBe(percent);
  });

  it('keeps the earliest of fractional attempts with equal ratios as best (0.3/3 ties 0.1/1)', () => {
    // 0.1 * 3 is 0.30000000000000004 in floating point, which must not beat 0.3 * 1.
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 0.3, total: 3, passed: false }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 0.1, total: 1, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best).toEqual({ earned: 0.3, total: 3, percent: 10 });
  });

  it('makes an attempt best when it is higher by the smallest possible step (0.34/1 over 0.67/2)', () => {
    // Cross-multiplied: 0.34 * 2 - 0.67 * 1 = 0.01, the least two different 2-decimal scores differ by.
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 0.67, total: 2, passed: false }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 0.34, total: 1, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best).toEqual({ earned: 0.34, total: 1, percent: 34 });
  });

  it('counts practice and exam attempts alike', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 1, total: 3, passed: false, mode: 'practice' }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 2.5, total: 3, passed: true, mode: 'exam' }),
    ]);

    expect(summarizeQuiz(progress, QUIZ)).toEqual({
      attempts: 2,
      best: { earned: 2.5, total: 3, percent: 83 },
      last: { earned: 2.5, total: 3, percent: 83 },
      passed: true,
    });
  });
});

describe('summarizeTags', () => {
  const tagged = makeProgress([
    makeAttempt({
      id: 'a1',
      quizId: QUIZ,
      tagScores: {
        'area:shared-responsibility': { earned: 1.1, total: 2 },
        'difficulty:foundational': { earned: 1, total: 1 },
      },
    }),
    makeAttempt({
      id: 'a2',
      quizId: OTHER_QUIZ,
      tagScores: {
        'area:iam': { earned: 0.5, total: 1 },
        'difficulty:foundational': { earned: 0, total: 2 },
      },
    }),
    makeAttempt({
      id: 'a3',
      quizId: QUIZ,
      tagScores: { 'area:shared-responsibility': { earned: 2.2, total: 2 } },
    }),
  ]);

  it('is empty before any attempt', () => {
    expect(summarizeTags(makeProgress([]))).toEqual({});
  });

  it('sums every attempt per tag, keeping sums to 2 decimals (1.1 + 2.2 is 3.3, not 3.3000000000000003)', () => {
    expect(summarizeTags(tagged)).toEqual({
      'area:shared-responsibility': { earned: 3.3, total: 4, percent: 82 },
      'area:iam': { earned: 0.5, total: 1, percent: 50 },
      'difficulty:foundational': { earned: 1, total: 3, percent: 33 },
    });
  });

  it('sums only the attempts at the given quiz', () => {
    expect(summarizeTags(tagged, QUIZ)).toEqual({
      'area:shared-responsibility': { earned: 3.3, total: 4, percent: 82 },
      'difficulty:foundational': { earned: 1, total: 1, percent: 100 },
    });
  });

  it('adds nothing for attempts migrated from version 1, which have no tag scores', () => {
    const progress = makeProgress([makeAttempt({ id: 'a1', tagScores: {} })]);

    expect(summarizeTags(progress)).toEqual({});
  });

  it('shows a tag with no points available as 0 %', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', tagScores: { 'area:iam': { earned: 0, total: 0 } } }),
    ]);

    expect(summarizeTags(progress)).toEqual({ 'area:iam': { earned: 0, total: 0, percent: 0 } });
  });

  it('keeps a tag named like an Object.prototype property as plain data', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', tagScores: JSON.parse('{"__proto__":{"earned":1,"total":1}}') }),
    ]);

    const tags = summarizeTags(progress);

    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(Object.keys(tags)).toEqual(['__proto__']);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('isLessonComplete', () => {
  it('is false before any attempt', () => {
    expect(isLessonComplete(makeProgress([]), QUIZ)).toBe(false);
  });

  it('is false when every attempt at the quiz failed', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 1, total: 3, passed: false }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 2, total: 3, passed: false }),
    ]);

    expect(isLessonComplete(progress, QUIZ)).toBe(false);
  });

  it('is true once any attempt at the quiz passed', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 3, total: 3, passed: true }),
      makeAttempt({ id: 'a2', quizId: QUIZ, earned: 0, total: 3, passed: false }),
    ]);

    expect(isLessonComplete(progress, QUIZ)).toBe(true);
  });

  it('is false when only another quiz was passed', () => {
    const progress = makeProgress([makeAttempt({ id: 'a1', quizId: OTHER_QUIZ, passed: true })]);

    expect(isLessonComplete(progress, QUIZ)).toBe(false);
  });
});

const archived = makeQuizArchive;

/** Progress whose archive holds `quizzes` (and the given tag totals), next to `attempts`. */
const withArchive = (
  quizzes: ProgressArchive['quizzes'],
  attempts = makeProgress().attempts,
  tags: ProgressArchive['tags'] = {},
) => makeProgress(attempts, { archive: makeArchive({ quizzes, tags }) });

describe('summaries of archived attempts', () => {
  it('sums up a quiz whose attempts are all archived', () => {
    expect(summarizeQuiz(withArchive({ [QUIZ]: archived({ passed: true }) }), QUIZ)).toEqual({
      attempts: 5,
      best: { earned: 2, total: 3, percent: 66 },
      last: { earned: 1, total: 3, percent: 33 },
      passed: true,
    });
  });

  it('counts archived attempts and attempts kept in full together', () => {
    const progress = withArchive({ [QUIZ]: archived() }, [
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 1.5, total: 3, passed: false }),
      makeAttempt({ id: 'a2', quizId: OTHER_QUIZ, earned: 3, total: 3, passed: true }),
    ]);

    expect(summarizeQuiz(progress, QUIZ)).toEqual({
      attempts: 6,
      best: { earned: 2, total: 3, percent: 66 },
      last: { earned: 1.5, total: 3, percent: 50 },
      passed: false,
    });
  });

  it('takes the best from the attempts kept in full when one beats the archive', () => {
    const progress = withArchive({ [QUIZ]: archived() }, [
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 3, total: 3, passed: true }),
    ]);

    expect(summarizeQuiz(progress, QUIZ)).toMatchObject({
      best: { earned: 3, total: 3, percent: 100 },
      passed: true,
    });
  });

  it("keeps the archive's best on a tie, as the earlier of equal scores", () => {
    const progress = withArchive({ [QUIZ]: archived() }, [
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 4, total: 6, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).best).toEqual({ earned: 2, total: 3, percent: 66 });
  });

  it("keeps the archive's last score when every attempt kept in full finished earlier", () => {
    const progress = withArchive({ [QUIZ]: archived({ lastAt: '2026-12-01T10:00:00.000Z' }) }, [
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 3, total: 3, finishedAt: '2026-11-28T10:00:00.000Z' }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).last).toEqual({ earned: 1, total: 3, percent: 33 });
  });

  it('takes an attempt kept in full as last when it finished at the same time as the archived one', () => {
    const progress = withArchive({ [QUIZ]: archived({ lastAt: '2026-11-28T10:00:00.000Z' }) }, [
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 3, total: 3, finishedAt: '2026-11-28T10:00:00.000Z' }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).last).toEqual({ earned: 3, total: 3, percent: 100 });
  });

  it('keeps a pass that only the archive remembers', () => {
    const progress = withArchive({ [QUIZ]: archived({ passed: true }) }, [
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 0, total: 3, passed: false }),
    ]);

    expect(summarizeQuiz(progress, QUIZ).passed).toBe(true);
    expect(isLessonComplete(progress, QUIZ)).toBe(true);
  });

  it('is not complete when neither the archive nor the attempts kept in full passed', () => {
    const progress = withArchive({ [QUIZ]: archived() }, [
      makeAttempt({ id: 'a1', quizId: QUIZ, earned: 0, total: 3, passed: false }),
    ]);

    expect(isLessonComplete(progress, QUIZ)).toBe(false);
  });

  it('ignores the archive entries of other quizzes', () => {
    const progress = withArchive({ [OTHER_QUIZ]: archived({ passed: true }) }, []);

    expect(summarizeQuiz(progress, QUIZ)).toEqual({ attempts: 0, best: null, last: null, passed: false });
    expect(isLessonComplete(progress, QUIZ)).toBe(false);
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'finds nothing archived for a quiz id named like an Object.prototype property (%s)',
    (quizId) => {
      const progress = withArchive({}, []);

      expect(summarizeQuiz(progress, quizId)).toEqual({ attempts: 0, best: null, last: null, passed: false });
      expect(isLessonComplete(progress, quizId)).toBe(false);
    },
  );

  it("adds the archive's tag totals to every attempt's, and only the attempts' for one quiz", () => {
    const progress = withArchive(
      {},
      [makeAttempt({ id: 'a1', quizId: QUIZ, tagScores: { 'area:iam': { earned: 1.1, total: 2 } } })],
      { 'area:iam': { earned: 2.2, total: 4 }, 'module:iam': { earned: 3, total: 3 } },
    );

    expect(summarizeTags(progress)).toEqual({
      'area:iam': { earned: 3.3, total: 6, percent: 55 },
      'module:iam': { earned: 3, total: 3, percent: 100 },
    });
    expect(summarizeTags(progress, QUIZ)).toEqual({ 'area:iam': { earned: 1.1, total: 2, percent: 55 } });
  });
});

describe('kinds of attempt in the summaries', () => {
  const failed = makeAttempt({
    id: 'full',
    earned: 1,
    total: 3,
    passed: false,
    tagScores: { 'area:shared-responsibility': { earned: 1, total: 3 } },
  });
  const retry = makeAttempt({
    id: 'retry',
    kind: 'retry',
    finishedAt: '2026-11-28T10:05:00.000Z',
    earned: 2,
    total: 2,
    passed: false,
    tagScores: { 'area:shared-responsibility': { earned: 2, total: 2 } },
  });
  const review = makeAttempt({ id: 'review', kind: 'review', finishedAt: '2026-11-28T11:00:00.000Z' });

  it('counts only full attempts for best, last, attempts and pass', () => {
    expect(summarizeQuiz(makeProgress([failed, retry, review]), 'shared-responsibility')).toEqual({
      attempts: 1,
      best: { earned: 1, total: 3, percent: 33 },
      last: { earned: 1, total: 3, percent: 33 },
      passed: false,
    });
  });

  it('never completes a lesson from a retry or a review, even one stored as passed', () => {
    const tampered = { ...retry, passed: true };
    expect(
      isLessonComplete(
        makeProgress([failed, tampered, { ...review, passed: true }]),
        'shared-responsibility',
      ),
    ).toBe(false);
  });

  it('sums tag points of full attempts only', () => {
    expect(summarizeTags(makeProgress([failed, retry]))['area:shared-responsibility']).toEqual({
      earned: 1,
      total: 3,
      percent: 33,
    });
  });
});
