import { describe, expect, it } from 'vitest';
import { initialResponse, initialResponses, isAnswered, verdictOf } from '../../../../src/lib/quiz/registry';
import { lineVerdict } from '../../../../src/lib/quiz/grade-quiz';
import { shareOfPoint } from '../../../../src/lib/quiz/points';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeSingleChoice,
  makeSpot,
  makeTrueFalse,
} from '../../../fixtures/builders';

const tags = { area: 'iam', difficulty: 'foundational', domain: 'governance' } as const;

describe('initialResponse', () => {
  it('selects nothing in a choice question and sorts nothing in a categorize question', () => {
    expect(initialResponse(makeSingleChoice(), ['b', 'a', 'c'])).toEqual([]);
    expect(initialResponse(makeMultipleChoice(), ['a', 'b'])).toEqual([]);
    expect(initialResponse(makeTrueFalse(), ['true', 'false'])).toEqual([]);
    expect(initialResponse(makeCategorize(), ['patching', 'guest-os'])).toEqual({});
  });

  it('picks no line and no reason in a spot question, which is not an answer yet', () => {
    const response = initialResponse(makeSpot(), ['b', 'a', 'c']);

    expect(response).toEqual({});
    expect(isAnswered(makeSpot(), response)).toBe(false);
    expect(initialResponses([makeSpot()], { spot: ['b', 'a', 'c'] })).toEqual({});
  });

  it('takes the steps of an ordering question as shown, a copy the learner can change', () => {
    const shown = ['detect', 'prepare', 'recover', 'contain'];
    const response = initialResponse(makeOrdering(), shown);

    expect(response).toEqual(shown);
    expect(response).not.toBe(shown);
  });
});

describe('isAnswered', () => {
  it('counts the steps of an ordering question as shown as an answer, in every mode', () => {
    const question = makeOrdering();

    expect(isAnswered(question, initialResponse(question, ['detect', 'prepare', 'recover', 'contain']))).toBe(
      true,
    );
  });

  it('counts a partly sorted categorize question as an answer', () => {
    expect(isAnswered(makeCategorize(), { patching: 'shared' })).toBe(true);
  });

  it('does not count no response, an empty selection or nothing sorted', () => {
    expect(isAnswered(makeSingleChoice(), undefined)).toBe(false);
    expect(isAnswered(makeSingleChoice(), [])).toBe(false);
    expect(isAnswered(makeCategorize(), {})).toBe(false);
  });
});

describe('initialResponses', () => {
  it('starts an attempt with the ordering questions answered as shown and nothing else', () => {
    const questions = [makeSingleChoice(), makeCategorize(), makeOrdering()];
    const order = { ordering: ['detect', 'prepare', 'recover', 'contain'] };

    expect(initialResponses(questions, order)).toEqual({ ordering: order.ordering });
  });

  it('leaves out an ordering question whose order is unknown', () => {
    expect(initialResponses([makeOrdering()], {})).toEqual({});
  });
});

describe('verdictOf', () => {
  it('never calls a choice question partly right', () => {
    expect(verdictOf(makeSingleChoice(), shareOfPoint(1, 1))).toBe('correct');
    expect(verdictOf(makeMultipleChoice(), shareOfPoint(0, 1))).toBe('incorrect');
    expect(verdictOf(makeTrueFalse(), shareOfPoint(0, 1))).toBe('incorrect');
  });

  it('calls a categorize or ordering answer with some points partly right', () => {
    expect(verdictOf(makeCategorize(), shareOfPoint(3, 4))).toBe('partial');
    expect(verdictOf(makeOrdering(), shareOfPoint(2, 4))).toBe('partial');
    expect(verdictOf(makeOrdering(), shareOfPoint(0, 4))).toBe('incorrect');
  });

  it('calls a spot answer with half a point (the line or the reason) partly right', () => {
    expect(verdictOf(makeSpot(), shareOfPoint(1, 2))).toBe('partial');
    expect(verdictOf(makeSpot(), shareOfPoint(2, 2))).toBe('correct');
    expect(verdictOf(makeSpot(), shareOfPoint(0, 2))).toBe('incorrect');
  });
});

describe('lineVerdict', () => {
  it('reads a result line as unanswered, correct, partial or incorrect', () => {
    const line = (outcome: 'correct' | 'incorrect' | 'unanswered', earned: number) => ({
      questionId: 'q',
      outcome,
      earned,
      total: 1,
      tags,
    });

    expect(lineVerdict(line('unanswered', 0))).toBe('unanswered');
    expect(lineVerdict(line('correct', 1))).toBe('correct');
    expect(lineVerdict(line('incorrect', 0.5))).toBe('partial');
    expect(lineVerdict(line('incorrect', 0))).toBe('incorrect');
  });
});
