import { describe, expect, it } from 'vitest';
import { completedCount, stepStatus } from '../../../../src/lib/course/status';
import { makeArchive, makeAttempt, makeProgress, makeQuizArchive } from '../../../fixtures/builders';

const VISITED = 'shared-responsibility/security-of-and-in-the-cloud';
const pass = (quizId: string, earned = 9) =>
  makeAttempt({ id: `${quizId}-${earned}`, quizId, earned, total: 10, passed: earned >= 7 });

describe('stepStatus', () => {
  it('is not started without a visit or an attempt, visited after opening the lesson', () => {
    expect(stepStatus(makeProgress([]), 'q', 'other/lesson')).toEqual({ code: 'not-started' });
    expect(stepStatus(makeProgress([]), 'q', VISITED)).toEqual({ code: 'visited' });
    expect(stepStatus(makeProgress([]), 'q')).toEqual({ code: 'not-started' });
  });

  it('is tried with the best score until a full attempt passes, then passed with the best score', () => {
    expect(stepStatus(makeProgress([pass('q', 4)]), 'q', VISITED)).toEqual({ code: 'tried', best: 40 });
    expect(stepStatus(makeProgress([pass('q', 4), pass('q', 8)]), 'q')).toEqual({ code: 'passed', best: 80 });
  });

  it('ignores a passing retry, which is practice', () => {
    const retry = makeAttempt({ id: 'r', quizId: 'q', kind: 'retry', earned: 3, total: 3, passed: true });
    expect(stepStatus(makeProgress([pass('q', 4), retry]), 'q')).toEqual({ code: 'tried', best: 40 });
  });

  it('counts a pass folded into the archive', () => {
    const archive = makeArchive({
      quizzes: { q: makeQuizArchive({ passed: true, bestEarned: 10, bestTotal: 10 }) },
    });
    expect(stepStatus(makeProgress([], { archive }), 'q')).toEqual({ code: 'passed', best: 100 });
  });
});

describe('completedCount', () => {
  it('counts the passed quizzes among those given', () => {
    expect(completedCount(makeProgress([pass('a'), pass('b', 3)]), ['a', 'b', 'c'])).toEqual({
      completed: 1,
      count: 3,
    });
  });
});
