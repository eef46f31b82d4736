import { describe, expect, it } from 'vitest';
import {
  confidentlyWrong,
  gradeQuiz,
  missedQuestionIds,
  outcomesOf,
  scoreByTag,
} from '../../../../src/lib/quiz/grade-quiz';
import type { Quiz } from '../../../../src/schemas/quiz';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeQuiz,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

const TAGS = { area: 'patch-management', difficulty: 'foundational', domain: 'governance' } as const;

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

/** Every question id of `quiz`, in authored order: the quiz asked in full and unshuffled. */
const allIds = (quiz: Pick<Quiz, 'questions'>) => quiz.questions.map((question) => question.id);

/** A categorize response with `right` of the 4 items of `makeCategorize()` in their right bucket. */
function placements(right: number): Record<string, string> {
  const rightBuckets: [string, string, string][] = [
    ['data-centre', 'aws', 'customer'],
    ['guest-os', 'customer', 'aws'],
    ['iam-policies', 'customer', 'shared'],
    ['patching', 'shared', 'aws'],
  ];
  return Object.fromEntries(
    rightBuckets.map(([item, bucket, wrong], index) => [item, index < right ? bucket : wrong]),
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
  const ids = allIds(quiz);

  it('gives full marks and a pass when every answer is right', () => {
    const result = gradeQuiz(quiz, ids, { single: ['a'], multiple: ['b', 'a'], 'true-false': ['false'] });

    expect(result).toEqual({
      earned: 3,
      total: 3,
      percent: 100,
      passed: true,
      questions: [
        { questionId: 'single', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
        { questionId: 'multiple', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
        { questionId: 'true-false', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
      ],
    });
  });

  it('marks wrong answers incorrect and a partly right multiple-choice answer earns nothing', () => {
    const result = gradeQuiz(quiz, ids, { single: ['b'], multiple: ['a'], 'true-false': ['false'] });

    expect(result).toEqual({
      earned: 1,
      total: 3,
      percent: 33,
      passed: false,
      questions: [
        { questionId: 'single', outcome: 'incorrect', earned: 0, total: 1, tags: TAGS },
        { questionId: 'multiple', outcome: 'incorrect', earned: 0, total: 1, tags: TAGS },
        { questionId: 'true-false', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
      ],
    });
  });

  it('counts a question without a response as unanswered, still out of 1 point', () => {
    const result = gradeQuiz(quiz, ids, { single: ['a'], 'true-false': ['false'] });

    expect(result).toEqual({
      earned: 2,
      total: 3,
      percent: 66,
      passed: false,
      questions: [
        { questionId: 'single', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
        { questionId: 'multiple', outcome: 'unanswered', earned: 0, total: 1, tags: TAGS },
        { questionId: 'true-false', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
      ],
    });
  });

  it('counts empty, unknown-choice and too-many-selected responses as unanswered', () => {
    const result = gradeQuiz(quiz, ids, { single: ['a', 'b'], multiple: [], 'true-false': ['maybe'] });

    expect(result.questions.map((question) => question.outcome)).toEqual([
      'unanswered',
      'unanswered',
      'unanswered',
    ]);
    expect(result.earned).toBe(0);
    expect(result.total).toBe(3);
  });

  it('counts responses of the wrong shape as unanswered', () => {
    const result = gradeQuiz(quiz, ids, {
      single: { a: 'a' },
      multiple: ['a', 'b'],
      'true-false': ['false'],
    });

    expect(result.questions[0]).toMatchObject({ questionId: 'single', outcome: 'unanswered', earned: 0 });
    expect(result.earned).toBe(2);
  });

  it('does not let a right option hide an unknown id in the same response', () => {
    const result = gradeQuiz(quiz, ids, {
      single: ['a'],
      multiple: ['a', 'b', 'zz'],
      'true-false': ['false'],
    });

    expect(result.questions[1]).toEqual({
      questionId: 'multiple',
      outcome: 'unanswered',
      earned: 0,
      total: 1,
      tags: TAGS,
    });
  });

  it('gives every question unanswered when no responses are given', () => {
    expect(gradeQuiz(quiz, ids, {})).toEqual({
      earned: 0,
      total: 3,
      percent: 0,
      passed: false,
      questions: [
        { questionId: 'single', outcome: 'unanswered', earned: 0, total: 1, tags: TAGS },
        { questionId: 'multiple', outcome: 'unanswered', earned: 0, total: 1, tags: TAGS },
        { questionId: 'true-false', outcome: 'unanswered', earned: 0, total: 1, tags: TAGS },
      ],
    });
  });

  it('counts a repeated right id once and still scores the question', () => {
    const result = gradeQuiz(quiz, ids, {
      single: ['a', 'a'],
      multiple: ['a', 'b', 'b'],
      'true-false': ['false'],
    });

    expect(result.earned).toBe(3);
    expect(result.passed).toBe(true);
  });

  it('ignores responses to questions that were not asked', () => {
    const result = gradeQuiz(quiz, ids, {
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

    expect(gradeQuiz(tricky, allIds(tricky), {}).questions).toEqual([
      { questionId: 'constructor', outcome: 'unanswered', earned: 0, total: 1, tags: TAGS },
      { questionId: 'to-string', outcome: 'unanswered', earned: 0, total: 1, tags: TAGS },
    ]);
  });

  it('reports results in the order asked, whatever the order of the quiz or the responses', () => {
    const result = gradeQuiz(quiz, ['true-false', 'single', 'multiple'], {
      multiple: ['a', 'b'],
      single: ['c'],
      'true-false': ['true'],
    });

    expect(result.questions.map(({ questionId, outcome }) => [questionId, outcome])).toEqual([
      ['true-false', 'incorrect'],
      ['single', 'incorrect'],
      ['multiple', 'correct'],
    ]);
  });

  describe('questions asked', () => {
    it('grades only the questions asked, out of as many points as questions asked', () => {
      const result = gradeQuiz(quiz, ['multiple', 'single'], {
        single: ['a'],
        multiple: ['a'],
        'true-false': ['false'],
      });

      expect(result).toEqual({
        earned: 1,
        total: 2,
        percent: 50,
        passed: false,
        questions: [
          { questionId: 'multiple', outcome: 'incorrect', earned: 0, total: 1, tags: TAGS },
          { questionId: 'single', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
        ],
      });
    });

    it('skips asked ids the quiz no longer has', () => {
      const result = gradeQuiz(quiz, ['single', 'removed-question', 'true-false'], {
        single: ['a'],
        'removed-question': ['a'],
        'true-false': ['false'],
      });

      expect(result.questions.map((question) => question.questionId)).toEqual(['single', 'true-false']);
      expect({ earned: result.earned, total: result.total, passed: result.passed }).toEqual({
        earned: 2,
        total: 2,
        passed: true,
      });
    });

    it('grades a question listed twice only once', () => {
      const result = gradeQuiz(quiz, ['single', 'single', 'true-false'], {
        single: ['a'],
        'true-false': ['true'],
      });

      expect(result.questions.map((question) => question.questionId)).toEqual(['single', 'true-false']);
      expect({ earned: result.earned, total: result.total }).toEqual({ earned: 1, total: 2 });
    });

    it('gives 0 of 0 points, 0 % and no pass when no question was asked', () => {
      expect(gradeQuiz(quiz, [], { single: ['a'] })).toEqual({
        earned: 0,
        total: 0,
        percent: 0,
        passed: false,
        questions: [],
      });
    });
  });

  describe('partial credit', () => {
    const partial = makeQuiz({
      passPercent: 70,
      questions: [
        makeCategorize({
          id: 'categorize',
          tags: { area: 'shared-responsibility', difficulty: 'intermediate', domain: 'governance' },
        }),
        makeOrdering({
          id: 'ordering',
          tags: { area: 'incident-response', difficulty: 'advanced', domain: 'governance' },
        }),
        makeSingleChoice({ id: 'single' }),
      ],
    });

    it('adds fractional points: 0.75 + 0.5 + 1 = 2.25 of 3, 75 %', () => {
      const result = gradeQuiz(partial, allIds(partial), {
        categorize: placements(3),
        ordering: ['prepare', 'detect', 'recover', 'contain'],
        single: ['a'],
      });

      expect(result).toEqual({
        earned: 2.25,
        total: 3,
        percent: 75,
        passed: true,
        questions: [
          {
            questionId: 'categorize',
            outcome: 'incorrect',
            earned: 0.75,
            total: 1,
            tags: { area: 'shared-responsibility', difficulty: 'intermediate', domain: 'governance' },
          },
          {
            questionId: 'ordering',
            outcome: 'incorrect',
            earned: 0.5,
            total: 1,
            tags: { area: 'incident-response', difficulty: 'advanced', domain: 'governance' },
          },
          { questionId: 'single', outcome: 'correct', earned: 1, total: 1, tags: TAGS },
        ],
      });
    });

    it('marks a fully right categorize or ordering answer correct', () => {
      const result = gradeQuiz(partial, ['categorize', 'ordering'], {
        categorize: placements(4),
        ordering: ['prepare', 'detect', 'contain', 'recover'],
      });

      expect(result.questions.map(({ outcome, earned }) => [outcome, earned])).toEqual([
        ['correct', 1],
        ['correct', 1],
      ]);
    });

    it('grades a partly sorted categorize answer by the items placed right, and an incomplete ordering as unanswered', () => {
      const result = gradeQuiz(partial, ['categorize', 'ordering'], {
        categorize: { 'data-centre': 'aws' },
        ordering: ['prepare', 'detect'],
      });

      expect(result.questions.map(({ outcome, earned }) => [outcome, earned])).toEqual([
        ['incorrect', 0.25],
        ['unanswered', 0],
      ]);
    });

    it('rounds the sum of fractions to 2 decimals: three times 0.67 is 2.01 of 3, shown as 67 % (not 66 %)', () => {
      const three = makeCategorize({ items: makeCategorize().items.slice(0, 3) });
      const quiz3 = makeQuiz({
        questions: ['c1', 'c2', 'c3'].map((id) => ({ ...three, id })),
      });
      const twoOfThree = { 'data-centre': 'aws', 'guest-os': 'customer', 'iam-policies': 'aws' };

      const result = gradeQuiz(quiz3, allIds(quiz3), { c1: twoOfThree, c2: twoOfThree, c3: twoOfThree });

      expect(result.questions.map((question) => question.earned)).toEqual([0.67, 0.67, 0.67]);
      expect(result.earned).toBe(2.01);
      expect(result.percent).toBe(67);
    });

    it('passes 0.7 of 1 at a 70 % pass mark, the mark reached exactly with a fraction', () => {
      // Ten steps with seven in place earn 0.7 points: exactly the 70 % mark.
      const tenSteps = makeOrdering({
        id: 'ten',
        steps: Array.from({ length: 10 }, (_, index) => ({
          id: `s${index + 1}`,
          text: `Step ${index + 1}`,
          rationale: 'Because.',
        })),
      });
      const quiz10 = makeQuiz({ passPercent: 70, questions: [tenSteps] });
      const sevenInPlace = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's9', 's10', 's8'];

      const result = gradeQuiz(quiz10, ['ten'], { ten: sevenInPlace });

      expect({ earned: result.earned, percent: result.percent, passed: result.passed }).toEqual({
        earned: 0.7,
        percent: 70,
        passed: true,
      });
    });

    it('passes 2.1 of 3 at a 70 % pass mark and fails 2.09 of 3', () => {
      const three = makeQuiz({
        passPercent: 70,
        questions: [
          makeSingleChoice({ id: 'one' }),
          makeSingleChoice({ id: 'two' }),
          makeOrdering({
            id: 'ten',
            steps: Array.from({ length: 10 }, (_, index) => ({
              id: `s${index + 1}`,
              text: `Step ${index + 1}`,
              rationale: 'Because.',
            })),
          }),
        ],
      });
      const oneInPlace = ['s1', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's2'];

      const passing = gradeQuiz(three, allIds(three), { one: ['a'], two: ['a'], ten: oneInPlace });

      expect({ earned: passing.earned, percent: passing.percent, passed: passing.passed }).toEqual({
        earned: 2.1,
        percent: 70,
        passed: true,
      });
      const failing = gradeQuiz(three, allIds(three), { one: ['a'], two: ['a'] });
      expect({ earned: failing.earned, percent: failing.percent, passed: failing.passed }).toEqual({
        earned: 2,
        percent: 66,
        passed: false,
      });
    });

    it('passes 2.01 of 3 at a 67 % pass mark, though 2.01 * 100 is 200.99999999999997 in floats', () => {
      const three = makeCategorize({ items: makeCategorize().items.slice(0, 3) });
      const quiz3 = makeQuiz({
        passPercent: 67,
        questions: ['c1', 'c2', 'c3'].map((id) => ({ ...three, id })),
      });
      const twoOfThree = { 'data-centre': 'aws', 'guest-os': 'customer', 'iam-policies': 'aws' };

      const result = gradeQuiz(quiz3, allIds(quiz3), { c1: twoOfThree, c2: twoOfThree, c3: twoOfThree });

      expect({ earned: result.earned, percent: result.percent, passed: result.passed }).toEqual({
        earned: 2.01,
        percent: 67,
        passed: true,
      });
    });
  });

  describe('pass mark', () => {
    it('passes 7 of 10 at a 70 % pass mark (reached exactly)', () => {
      const quiz10 = makeQuiz({ passPercent: 70, questions: singleChoiceQuestions(10) });
      const result = gradeQuiz(quiz10, allIds(quiz10), answers(10, 7));

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
      const quiz10 = makeQuiz({ passPercent: 70, questions: singleChoiceQuestions(10) });
      const result = gradeQuiz(quiz10, allIds(quiz10), answers(10, 6));

      expect({ percent: result.percent, passed: result.passed }).toEqual({ percent: 60, passed: false });
    });

    it('fails 2 of 3 at a 70 % pass mark and shows 66 %, rounded down', () => {
      const quiz3 = makeQuiz({ passPercent: 70, questions: singleChoiceQuestions(3) });
      const result = gradeQuiz(quiz3, allIds(quiz3), answers(3, 2));

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
      const quiz3 = makeQuiz({ passPercent: 67, questions: singleChoiceQuestions(3) });
      const result = gradeQuiz(quiz3, allIds(quiz3), answers(3, 2));

      expect({ percent: result.percent, passed: result.passed }).toEqual({ percent: 66, passed: false });
    });

    it('passes 2 of 3 (66.67 %) at a 66 % pass mark', () => {
      const quiz3 = makeQuiz({ passPercent: 66, questions: singleChoiceQuestions(3) });
      const result = gradeQuiz(quiz3, allIds(quiz3), answers(3, 2));

      expect({ percent: result.percent, passed: result.passed }).toEqual({ percent: 66, passed: true });
    });

    it('fails 9 of 10 at a 100 % pass mark and passes 10 of 10', () => {
      const quiz100 = makeQuiz({ passPercent: 100, questions: singleChoiceQuestions(10) });

      expect(gradeQuiz(quiz100, allIds(quiz100), answers(10, 9)).passed).toBe(false);
      expect(gradeQuiz(quiz100, allIds(quiz100), answers(10, 10)).passed).toBe(true);
    });

    it('passes 1 of 100 at a 1 % pass mark and fails 0 of 100', () => {
      const quiz1 = makeQuiz({ passPercent: 1, questions: singleChoiceQuestions(100) });

      expect(gradeQuiz(quiz1, allIds(quiz1), answers(100, 1))).toMatchObject({ percent: 1, passed: true });
      expect(gradeQuiz(quiz1, allIds(quiz1), answers(100, 0))).toMatchObject({ percent: 0, passed: false });
    });
  });

  it('gives a zero-question quiz 0 of 0 points, 0 % and no pass', () => {
    expect(gradeQuiz(makeQuiz({ passPercent: 70, questions: [] }), [], {})).toEqual({
      earned: 0,
      total: 0,
      percent: 0,
      passed: false,
      questions: [],
    });
  });
});

describe('scoreByTag', () => {
  const tagged = makeQuiz({
    questions: [
      makeSingleChoice({
        id: 'single',
        tags: { area: 'patch-management', difficulty: 'foundational', domain: 'governance' },
      }),
      makeCategorize({
        id: 'categorize',
        tags: { area: 'shared-responsibility', difficulty: 'foundational', domain: 'governance' },
      }),
      makeOrdering({
        id: 'ordering',
        tags: { area: 'incident-response', difficulty: 'advanced', domain: 'governance' },
      }),
      makeTrueFalse({
        id: 'true-false',
        tags: { area: 'patch-management', difficulty: 'advanced', domain: 'governance' },
      }),
    ],
  });
  const result = gradeQuiz(tagged, allIds(tagged), {
    single: ['a'],
    categorize: placements(3),
    ordering: ['prepare', 'detect', 'recover', 'contain'],
  });

  it('sums points by area, difficulty and exam domain, counting unanswered questions in the totals', () => {
    expect(scoreByTag(result)).toEqual({
      'area:patch-management': { earned: 1, total: 2 },
      'difficulty:foundational': { earned: 1.75, total: 2 },
      'area:shared-responsibility': { earned: 0.75, total: 1 },
      'area:incident-response': { earned: 0.5, total: 1 },
      'difficulty:advanced': { earned: 0.5, total: 2 },
      'domain:governance': { earned: 2.25, total: 4 },
    });
  });

  it('adds a module key covering every question when a module id is given', () => {
    expect(scoreByTag(result, 'shared-responsibility')).toMatchObject({
      'module:shared-responsibility': { earned: 2.25, total: 4 },
    });
    expect(Object.keys(scoreByTag(result)).some((key) => key.startsWith('module:'))).toBe(false);
  });

  it('rounds the sums to 2 decimals', () => {
    const three = makeCategorize({ items: makeCategorize().items.slice(0, 3) });
    const quiz3 = makeQuiz({ questions: ['c1', 'c2', 'c3'].map((id) => ({ ...three, id })) });
    const twoOfThree = { 'data-centre': 'aws', 'guest-os': 'customer', 'iam-policies': 'aws' };
    const graded = gradeQuiz(quiz3, allIds(quiz3), { c1: twoOfThree, c2: twoOfThree, c3: twoOfThree });

    expect(scoreByTag(graded, 'm')).toEqual({
      'area:patch-management': { earned: 2.01, total: 3 },
      'difficulty:foundational': { earned: 2.01, total: 3 },
      'module:m': { earned: 2.01, total: 3 },
      'domain:governance': { earned: 2.01, total: 3 },
    });
  });

  it('adds the security pillar question and the exam domain of the questions that carry them', () => {
    const quiz = makeQuiz({
      questions: [
        makeSingleChoice({
          id: 'kms',
          tags: { area: 'kms', difficulty: 'foundational', sec: 8, domain: 'data-protection' },
        }),
        makeTrueFalse({
          id: 'tls',
          answer: false,
          tags: { area: 'tls', difficulty: 'foundational', sec: 9, domain: 'data-protection' },
        }),
        makeSingleChoice({
          id: 'pillars',
          tags: { area: 'pillars', difficulty: 'foundational', domain: 'governance' },
        }),
      ],
    });
    const byTag = scoreByTag(gradeQuiz(quiz, ['kms', 'tls', 'pillars'], { kms: ['a'], tls: ['true'] }));

    expect(byTag).toMatchObject({
      'sec:8': { earned: 1, total: 1 },
      'sec:9': { earned: 0, total: 1 },
      'domain:data-protection': { earned: 1, total: 2 },
    });
    expect(Object.keys(byTag).filter((key) => /^(?:sec|domain):/.test(key))).toEqual([
      'sec:8',
      'domain:data-protection',
      'sec:9',
      'domain:governance',
    ]);
  });

  it('gives no keys for a result with no questions', () => {
    expect(scoreByTag(gradeQuiz(tagged, [], {}), 'm')).toEqual({});
  });

  it('keeps an Object.prototype name as an ordinary area', () => {
    const quiz1 = makeQuiz({
      questions: [
        makeSingleChoice({
          id: 'q',
          tags: { area: 'constructor', difficulty: 'foundational', domain: 'governance' },
        }),
      ],
    });

    expect(scoreByTag(gradeQuiz(quiz1, ['q'], { q: ['a'] }))).toEqual({
      'area:constructor': { earned: 1, total: 1 },
      'difficulty:foundational': { earned: 1, total: 1 },
      'domain:governance': { earned: 1, total: 1 },
    });
  });
});

describe('missedQuestionIds', () => {
  const quiz = makeQuiz({
    questions: [
      makeSingleChoice({ id: 'right' }),
      makeCategorize({ id: 'partly' }),
      makeTrueFalse({ id: 'wrong', answer: false }),
      makeOrdering({ id: 'skipped' }),
      makeMultipleChoice({ id: 'also-right' }),
    ],
  });

  it('lists every question not fully right, partly right and unanswered included, in result order', () => {
    const result = gradeQuiz(quiz, allIds(quiz), {
      right: ['a'],
      partly: placements(3),
      wrong: ['true'],
      'also-right': ['a', 'b'],
    });

    expect(missedQuestionIds(result)).toEqual(['partly', 'wrong', 'skipped']);
  });

  it('follows the order the questions were asked in', () => {
    const result = gradeQuiz(quiz, ['skipped', 'right', 'wrong'], { right: ['a'] });

    expect(missedQuestionIds(result)).toEqual(['skipped', 'wrong']);
  });

  it('is empty when every question is fully right', () => {
    const result = gradeQuiz(quiz, ['right', 'partly'], { right: ['a'], partly: placements(4) });

    expect(missedQuestionIds(result)).toEqual([]);
  });
});

describe('confidentlyWrong', () => {
  const quiz = makeQuiz({
    questions: [
      makeSingleChoice({ id: 'sure-right' }),
      makeSingleChoice({ id: 'sure-wrong' }),
      makeCategorize({ id: 'sure-partly' }),
      makeSingleChoice({ id: 'unsure-wrong' }),
      makeSingleChoice({ id: 'sure-unanswered' }),
      makeSingleChoice({ id: 'no-rating-wrong' }),
    ],
  });
  const result = gradeQuiz(quiz, allIds(quiz), {
    'sure-right': ['a'],
    'sure-wrong': ['b'],
    'sure-partly': placements(2),
    'unsure-wrong': ['c'],
    'no-rating-wrong': ['b'],
  });
  const confidence = {
    'sure-right': 'sure',
    'sure-wrong': 'sure',
    'sure-partly': 'sure',
    'unsure-wrong': 'unsure',
    'sure-unanswered': 'sure',
  } as const;

  it('lists the questions answered wrong or partly right where the learner was sure, in result order', () => {
    expect(confidentlyWrong(result, confidence)).toEqual(['sure-wrong', 'sure-partly']);
  });

  it('leaves out unanswered questions, unsure answers and answers with no rating', () => {
    const listed = confidentlyWrong(result, confidence);

    expect(listed).not.toContain('sure-unanswered');
    expect(listed).not.toContain('unsure-wrong');
    expect(listed).not.toContain('no-rating-wrong');
  });

  it('is empty when no confidence was given', () => {
    expect(confidentlyWrong(result, {})).toEqual([]);
  });

  it('ignores Object.prototype names in the confidence map', () => {
    const tricky = makeQuiz({ questions: [makeSingleChoice({ id: 'constructor' })] });
    const graded = gradeQuiz(tricky, ['constructor'], { constructor: ['b'] });

    expect(confidentlyWrong(graded, {})).toEqual([]);
    expect(confidentlyWrong(graded, { constructor: 'sure' } as const)).toEqual(['constructor']);
  });
});

describe('outcomesOf', () => {
  it('gives each question’s outcome by id', () => {
    const tags = { area: 'iam', difficulty: 'foundational', domain: 'governance' } as const;
    const questions = [
      { questionId: 'a', outcome: 'correct', earned: 1, total: 1, tags },
      { questionId: 'iam-policy-types/b', outcome: 'unanswered', earned: 0, total: 1, tags },
    ] as const;
    expect(outcomesOf({ questions: [...questions] })).toEqual({
      a: 'correct',
      'iam-policy-types/b': 'unanswered',
    });
  });

  it('keeps a question id that is a prototype name as an own entry', () => {
    const tags = { area: 'iam', difficulty: 'foundational', domain: 'governance' } as const;
    const outcomes = outcomesOf({
      questions: [{ questionId: '__proto__', outcome: 'incorrect', earned: 0, total: 1, tags }],
    });
    expect(Object.hasOwn(outcomes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(outcomes)).toBe(Object.prototype);
  });
});
