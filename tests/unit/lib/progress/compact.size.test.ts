// How big stored progress gets: 10,000 realistic attempts recorded one by one, as the store does
// (add the attempt, compact), must encode to under 200 kB and keep every quiz's best and pass.
import { describe, expect, it } from 'vitest';
import { compactProgress } from '../../../../src/lib/progress/compact';
import { decodeProgress, encodeProgress } from '../../../../src/lib/progress/decode';
import { applyQuizResult } from '../../../../src/lib/progress/reducers';
import { summarizeQuiz } from '../../../../src/lib/progress/summary';
import { createEmptyProgress } from '../../../../src/lib/progress/types';
import { QUIZZES, realisticAttempts } from './realistic-history';

const ATTEMPTS = 10_000;
const BUDGET_BYTES = 200_000;

describe('stored size', () => {
  it(
    `keeps ${ATTEMPTS} realistic attempts under 200 kB with every best score and pass`,
    { timeout: 60_000 },
    () => {
      const attempts = realisticAttempts(ATTEMPTS);
      const everything = { ...createEmptyProgress(), attempts };
      // What the attempts look like: 12 questions with responses and confidence, and tag scores.
      expect(attempts[0]?.questionIds).toHaveLength(12);
      expect(Object.keys(attempts[0]?.responses ?? {})).toHaveLength(12);
      expect(Object.keys(attempts[0]?.confidence ?? {})).toHaveLength(12);
      expect(Object.keys(attempts[0]?.tagScores ?? {}).length).toBeGreaterThanOrEqual(3);

      let progress = createEmptyProgress();
      for (const attempt of attempts) progress = compactProgress(applyQuizResult(progress, attempt));
      const text = encodeProgress(progress);

      expect(new TextEncoder().encode(text).length).toBeLessThan(BUDGET_BYTES);
      expect(decodeProgress(text)).toEqual({ progress, problem: null });
      for (const [quizId] of QUIZZES) {
        const before = summarizeQuiz(everything, quizId);
        const after = summarizeQuiz(progress, quizId);
        expect(after.attempts).toBe(before.attempts);
        expect(after.passed).toBe(before.passed);
        expect(after.best).toEqual(before.best);
        expect(after.last).toEqual(before.last);
      }
      expect(QUIZZES.reduce((sum, [quizId]) => sum + summarizeQuiz(progress, quizId).attempts, 0)).toBe(
        ATTEMPTS,
      );
    },
  );
});
