import { describe, expect, it } from 'vitest';
import { QuestionSchema, type Question, type QuestionType } from '../../../../src/schemas/quiz';
import {
  describeAnswer,
  isAnswered,
  questionKinds,
  scoreResponse,
  validateResponse,
  verdictOf,
} from '../../../../src/lib/quiz/registry';
import { spotSelectableLines } from '../../../../src/lib/quiz/spot-lines';
import { loadContent } from '../../../content/load-content';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

/** The `type` of every question variant in the schema, read from the schema itself. */
const schemaTypes = QuestionSchema.options.map((option) => option.shape.type.value).sort();

/** The first question of each type in the real question bank (content/quizzes/). */
const realQuestions = (() => {
  const byType = new Map<QuestionType, Question>();
  for (const { data } of loadContent().quizzes.values()) {
    for (const question of data.questions)
      if (!byType.has(question.type)) byType.set(question.type, question);
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
})();

describe('questionKinds', () => {
  it('has a kind for every question type in the schema, and for no other', () => {
    expect(schemaTypes.length).toBeGreaterThan(1);
    expect(Object.keys(questionKinds).sort()).toEqual(schemaTypes);
  });

  it.each(Object.entries(questionKinds))('gives %s every part of a kind', (_type, kind) => {
    for (const part of [
      'validate',
      'score',
      'initial',
      'arrange',
      'describe',
      'answer',
      'verdict',
    ] as const) {
      expect(typeof kind[part], part).toBe('function');
    }
  });

  it('finds a real question of every type in the question bank', () => {
    expect(realQuestions.map((question) => question.type)).toEqual(schemaTypes);
  });

  it.each(realQuestions.map((question) => [question.type, question] as const))(
    'accepts and gives full marks to the right answer of a real %s question',
    (_type, question) => {
      const answer = questionKinds[question.type].answer(question as never);
      expect(validateResponse(question, answer)).toEqual({ type: 'valid' });
      expect(isAnswered(question, answer)).toBe(true);
      const score = scoreResponse(question, answer);
      expect(score).toEqual({ type: 'points', earned: 1, total: 1, correct: true });
      expect(verdictOf(question, score)).toBe('correct');
      expect(describeAnswer(question)).not.toBe('—');
    },
  );

  it.each(realQuestions.map((question) => [question.type, question] as const))(
    'gives less than full marks to a wrong answer of a real %s question',
    (_type, question) => {
      const wrong = wrongAnswer(question);
      const score = scoreResponse(question, wrong);
      expect(score.correct).toBe(false);
      expect(score.earned).toBeLessThan(1);
      expect(verdictOf(question, score)).not.toBe('correct');
    },
  );
});

/** A response of the right shape that is not the right answer. */
function wrongAnswer(question: Question) {
  switch (question.type) {
    case 'true-false':
      return [question.answer ? 'false' : 'true'];
    case 'single-choice':
    case 'multiple-choice':
      return [question.choices.find((choice) => choice.correct !== true)?.id ?? ''];
    case 'categorize':
      return Object.fromEntries(
        question.items.map((item) => [
          item.id,
          question.buckets.find((bucket) => bucket.id !== item.bucket)?.id ?? '',
        ]),
      );
    case 'ordering':
      return question.steps.map((step) => step.id).reverse();
    case 'spot':
      return {
        line: String(
          spotSelectableLines(question.code, question.selectable).find(
            (line) => !question.wrong.includes(line),
          ),
        ),
        reason: question.reasons.find((reason) => !reason.correct)?.id ?? '',
      };
  }
}

describe('validateResponse', () => {
  it('allows only one option for a single-choice question', () => {
    expect(validateResponse(makeSingleChoice(), ['a', 'b'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
  });

  it('allows several options for a multiple-choice question', () => {
    expect(validateResponse(makeMultipleChoice(), ['a', 'b'])).toEqual({ type: 'valid' });
  });

  it('allows only "true" or "false" for a true-false question', () => {
    expect(validateResponse(makeTrueFalse(), ['a'])).toEqual({ type: 'invalid', code: 'unknown-choice' });
    expect(validateResponse(makeTrueFalse(), ['true', 'false'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
  });
});

describe('validateResponse for categorize and ordering', () => {
  it('accepts a partly sorted categorize question and asks for an answer when nothing is sorted', () => {
    expect(validateResponse(makeCategorize(), { 'data-centre': 'aws' })).toEqual({ type: 'valid' });
    expect(validateResponse(makeCategorize(), {})).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('returns incomplete for an ordering question with a step missing', () => {
    expect(validateResponse(makeOrdering(), ['prepare', 'detect'])).toEqual({
      type: 'invalid',
      code: 'incomplete',
    });
  });

  it('returns invalid-response when a list answers a categorize question or an object an ordering one', () => {
    expect(validateResponse(makeCategorize(), ['aws'])).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
    expect(validateResponse(makeOrdering(), { prepare: 'detect' })).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });

  it('returns invalid-response when an object answers a choice question', () => {
    expect(validateResponse(makeSingleChoice(), { a: 'a' })).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });
});

describe('scoreResponse', () => {
  it('gives partial credit for categorize and ordering questions', () => {
    expect(
      scoreResponse(makeCategorize(), {
        'data-centre': 'aws',
        'guest-os': 'customer',
        'iam-policies': 'customer',
        patching: 'aws',
      }),
    ).toEqual({ type: 'points', earned: 0.75, total: 1, correct: false });
    expect(scoreResponse(makeOrdering(), ['prepare', 'detect', 'recover', 'contain'])).toEqual({
      type: 'points',
      earned: 0.5,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points to a response validateResponse rejects', () => {
    expect(scoreResponse(makeOrdering(), ['prepare', 'prepare', 'prepare', 'prepare']).earned).toBe(0);
    expect(scoreResponse(makeSingleChoice(), { a: 'a' }).earned).toBe(0);
  });

  it('scores each question type by its own right answer', () => {
    expect(scoreResponse(makeSingleChoice(), ['a'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
    expect(scoreResponse(makeMultipleChoice(), ['a'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
    expect(scoreResponse(makeTrueFalse({ answer: false }), ['false'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });
});
