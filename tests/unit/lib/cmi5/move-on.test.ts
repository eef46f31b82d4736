import { describe, expect, it } from 'vitest';
import { planReport, satisfiesMoveOn, scaledScore, type MoveOn } from '../../../../src/lib/cmi5/move-on';

const nothingSent = { passed: false, completed: false };
const attempt = (earned: number, total = 10) => ({ earned, total, passPercent: 70 });

describe('scaledScore', () => {
  it('is earned over total, to 4 decimals', () => {
    expect(scaledScore(2, 3)).toBe(0.6667);
    expect(scaledScore(10, 10)).toBe(1);
  });

  it('is 0 when nothing was asked', () => {
    expect(scaledScore(0, 0)).toBe(0);
  });
});

describe('planReport', () => {
  it('in Normal mode, sends the answers, passed with the scaled score, and completed', () => {
    expect(planReport(attempt(8), 'Normal', 0.7, nothingSent)).toEqual({
      answers: true,
      verdict: { verb: 'passed', scaled: 0.8 },
      completed: true,
    });
  });

  it('fails a score under the mastery score, and still completes', () => {
    expect(planReport(attempt(6), 'Normal', 0.7, nothingSent)).toEqual({
      answers: true,
      verdict: { verb: 'failed', scaled: 0.6 },
      completed: true,
    });
  });

  it("judges by the LMS's masteryScore, not the quiz's own pass mark, when the LMS sends one", () => {
    expect(planReport(attempt(8), 'Normal', 0.9, nothingSent).verdict?.verb).toBe('failed');
    expect(planReport(attempt(7), 'Normal', undefined, nothingSent).verdict?.verb).toBe('passed');
    expect(planReport(attempt(6), 'Normal', undefined, nothingSent).verdict?.verb).toBe('failed');
  });

  it('never sends a second passed, nor failed after passed, nor a second completed', () => {
    expect(planReport(attempt(2), 'Normal', 0.7, { passed: true, completed: true })).toEqual({
      answers: true,
      verdict: null,
      completed: false,
    });
  });

  it('in Browse mode, sends the answers but never judges', () => {
    expect(planReport(attempt(10), 'Browse', 0.7, nothingSent)).toEqual({
      answers: true,
      verdict: null,
      completed: false,
    });
  });

  it('in Review mode, sends nothing about the attempt', () => {
    expect(planReport(attempt(10), 'Review', 0.7, nothingSent)).toEqual({
      answers: false,
      verdict: null,
      completed: false,
    });
  });
});

describe('satisfiesMoveOn', () => {
  const cases: [MoveOn, boolean, boolean, boolean][] = [
    ['Passed', true, false, true],
    ['Passed', false, true, false],
    ['Completed', false, true, true],
    ['Completed', true, false, false],
    ['CompletedAndPassed', true, true, true],
    ['CompletedAndPassed', false, true, false],
    ['CompletedOrPassed', false, true, true],
    ['CompletedOrPassed', false, false, false],
    ['NotApplicable', false, false, true],
  ];
  it.each(cases)('%s with passed=%s, completed=%s is %s', (moveOn, passed, completed, expected) => {
    expect(satisfiesMoveOn(moveOn, { passed, completed })).toBe(expected);
  });
});
