import { describe, expect, it } from 'vitest';
import { gradeQuiz } from '../../../../src/lib/quiz/grade-quiz';
import { makeMultipleChoice, makeQuiz, makeSingleChoice, makeTrueFalse } from '../../../fixtures/builders';

/** `count` single-choice questions q1, q2, … whose right option is "a". */
function singleChoiceQuestions(count: number) {
  return Array.from({ length: count }, (_, index) => makeSingleChoice({ id: `q${index + 1}` }));
}

/** Responses answering the first `right` of q1…q`count` with "a" (right) and the rest with "b" (wrong). */
function answers(count: number, right: number): Record<string, string[]> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`q${index + 1}`, [index < right ? 'a' : 'b']]),
  );
}

describe('gradeQuiz', () => {
  const quiz = makeQuiz({
    passPercent: 70,
    questions: [
      makeSingleChoice({ id: 'single' }),
      makeMultipleChoice({ id: 'multiple' }),
      makeTrueFalse({ id: 'true-false', answer: false }),
    ],
  });

  it('gives full marks and a pass when every answer is right', () => {
    const result = gradeQuiz(quiz, { single: ['a'], multiple: ['b', 'a'], 'true-false': ['false'] });

    expect(result).toEqual({
      earned: 3,
      total: 3,
      percent: 100,
      passed: true,
      questions: [
        { questionId: 'single', outcome: 'correct', earned: 1, total: 1 },
        { questionId: 'multiple', outcome: 'correct', earned: 1, total: 1 },
        { questionId: 'true-false', outcome: 'correct', earned: 1, total: 1 },
      ],
    });
  });

  it('marks wrong answers incorrect and a partly right multiple-choice answer earns nothing', () => {
    const result = gradeQuiz(quiz, { single: ['b'], multiple: ['a'], 'true-false': ['false'] });

    expect(result).toEqual({
      earned: 1,
      total: 3,
      percent: 33,
      passed: false,
      questions: [
        { questionId: 'single', outcome: 'incorrect', earned: 0, total: 1 },
        { questionId: 'multiple', outcome: 'incorrect', earned: 0, total: 1 },
        { questionId: 'true-false', outcome: 'correct', earned: 1, total: 1 },
      ],
    });
  });

  it('counts a question without a response as unanswered, still out of 1 point', () => {
    const result = gradeQuiz(quiz, { single: ['a'], 'true-false': ['false'] });

    expect(result).toEqual({
      earned: 2,
      total: 3,
      percent: 66,
      passed: false,
      questions: [
        { questionId: 'single', outcome: 'correct', earned: 1, total: 1 },
        { questionId: 'multiple', outcome: 'unanswered', earned: 0, total: 1 },
        { questionId: 'true-false', outcome: 'correct', earned: 1, total: 1 },
      ],
    });
  });

  it('counts empty, unknown-choice and too-many-selected responses as unanswered', () => {
    const result = gradeQuiz(quiz, { single: ['a', 'b'], multiple: [], 'true-false': ['maybe'] });

    expect(result.questions.map((question) => question.outcome)).toEqual([
      'unanswered',
      'unanswered',
      'unanswered',
    ]);
    expect(result.earned).toBe(0);
    expect(result.total).toBe(3);
  });

  it('does not let a right option hide an unknown id in the same response', () => {
    const result = gradeQuiz(quiz, { single: ['a'], multiple: ['a', 'b', 'zz'], 'true-false': ['false'] });

    expect(result.questions[1]).toEqual({
      questionId: 'multiple',
      outcome: 'unanswered',
      earned: 0,
      total: 1,
    });
  });

  it('gives every question unanswered when no responses are given', () => {
    expect(gradeQuiz(quiz, {})).toEqual({
      earned: 0,
      total: 3,
      percent: 0,
      passed: false,
      questions: [
        { questionId: 'single', outcome: 'unanswered', earned: 0, total: 1 },
        { questionId: 'multiple', outcome: 'unanswered', earned: 0, total: 1 },
        { questionId: 'true-false', outcome: 'unanswered', earned: 0, total: 1 },
      ],
    });
  });

  it('counts a repeated right id once and still scores the question', () => {
    const result = gradeQuiz(quiz, {
      single: ['a', 'a'],
      multiple: ['a', 'b', 'b'],
      'true-false': ['false'],
    });

    expect(result.earned).toBe(3);
    expect(result.passed).toBe(true);
  });

  it('ignores responses to questions the quiz does not have', () => {
    const result = gradeQuiz(quiz, {
      single: ['a'],
      multiple: ['a', 'b'],
      'true-false': ['false'],
      'removed-question': ['a'],
    });

    expect(result.total).toBe(3);
    expect(result.questions.map((question) => question.questionId)).toEqual([
      'single',
      'multiple',
      'true-false',
    ]);
  });

  it('treats a question whose id is an Object.prototype name as unanswered when it has no response', () => {
    const tricky = makeQuiz({
      questions: [makeSingleChoice({ id: 'constructor' }), makeTrueFalse({ id: 'to-string' })],
    });

    expect(gradeQuiz(tricky, {}).questions).toEqual([
      { questionId: 'constructor', outcome: 'unanswered', earned: 0, total: 1 },
      { questionId: 'to-string', outcome: 'unanswered', earned: 0, total: 1 },
    ]);
  });

  it('reports results in quiz order whatever the order of the responses', () => {
    const result = gradeQuiz(quiz, { 'true-false': ['true'], multiple: ['a', 'b'], single: ['c'] });

    expect(result.questions.map(({ questionId, outcome }) => [questionId, outcome])).toEqual([
      ['single', 'incorrect'],
      ['multiple', 'correct'],
      ['true-false', 'incorrect'],
    ]);
  });

  describe('pass mark', () => {
    it('passes 7 of 10 at a 70 % pass mark (reached exactly)', () => {
      const result = gradeQuiz(
        makeQuiz({ passPercent: 70, questions: singleChoiceQuestions(10) }),
        answers(10, 7),
      );

      expect({
        earned: result.earned,
        total: result.total,
        percent: result.percent,
        passed: result.passed,
      }).toEqual({
        earned: 7,
        total: 10,
        percent: 70,
        passed: true,
      });
    });

    it('fails 6 of 10 at a 70 % pass mark', () => {
      const result = gradeQuiz(
        makeQuiz({ passPercent: 70, questions: singleChoiceQuestions(10) }),
        answers(10, 6),
      );

      expect({ percent: result.percent, passed: result.passed }).toEqual({ percent: 60, passed: false });
    });

    it('fails 2 of 3 at a 70 % pass mark and shows 66 %, rounded down', () => {
      const result = gradeQuiz(
        makeQuiz({ passPercent: 70, questions: singleChoiceQuestions(3) }),
        answers(3, 2),
      );

      expect({
        earned: result.earned,
        total: result.total,
        percent: result.percent,
        passed: result.passed,
      }).toEqual({
        earned: 2,
        total: 3,
        percent: 66,
        passed: false,
      });
    });

    it('fails 2 of 3 (66.67 %) at a 67 % pass mark even though it is within a rounding step', () => {
      const result = gradeQuiz(
        makeQuiz({ passPercent: 67, questions: singleChoiceQuestions(3) }),
        answers(3, 2),
      );

      expect({ percent: result.percent, passed: result.passed }).toEqual({ percent: 66, passed: false });
    });

    it('passes 2 of 3 (66.67 %) at a 66 % pass mark', () => {
      const result = gradeQuiz(
        makeQuiz({ passPercent: 66, questions: singleChoiceQuestions(3) }),
        answers(3, 2),
      );

      expect({ percent: result.percent, passed: result.passed }).toEqual({ percent: 66, passed: true });
    });

    it('fails 9 of 10 at a 100 % pass mark and passes 10 of 10', () => {
      const quiz100 = makeQuiz({ passPercent: 100, questions: singleChoiceQuestions(10) });

      expect(gradeQuiz(quiz100, answers(10, 9)).passed).toBe(false);
      expect(gradeQuiz(quiz100, answers(10, 10)).passed).toBe(true);
    });

    it('passes 1 of 100 at a 1 % pass mark and fails 0 of 100', () => {
      const quiz1 = makeQuiz({ passPercent: 1, questions: singleChoiceQuestions(100) });

      expect(gradeQuiz(quiz1, answers(100, 1))).toMatchObject({ percent: 1, passed: true });
      expect(gradeQuiz(quiz1, answers(100, 0))).toMatchObject({ percent: 0, passed: false });
    });
  });

  it('gives a zero-question quiz 0 of 0 points, 0 % and no pass', () => {
    expect(gradeQuiz(makeQuiz({ passPercent: 70, questions: [] }), {})).toEqual({
      earned: 0,
      total: 0,
      percent: 0,
      passed: false,
      questions: [],
    });
  });
});
