import { describe, expect, it } from 'vitest';
import { INTERACTION_ACTIVITY, interactionOf } from '../../../../src/lib/cmi5/interactions';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

describe('interactionOf', () => {
  it('describes a single-choice question as a choice interaction with its options in authored order', () => {
    const question = makeSingleChoice();
    expect(interactionOf(question, ['a'])).toEqual({
      definition: {
        type: INTERACTION_ACTIVITY,
        name: { en: question.prompt },
        interactionType: 'choice',
        correctResponsesPattern: ['a'],
        choices: question.choices.map((choice) => ({ id: choice.id, description: { en: choice.text } })),
      },
      response: 'a',
      success: true,
    });
    expect(interactionOf(question, ['b'])).toMatchObject({ response: 'b', success: false });
  });

  it('accepts the right options of a multiple-choice question in any order, and only all of them', () => {
    const question = makeMultipleChoice();
    expect(interactionOf(question, ['b', 'a'])).toMatchObject({
      definition: { interactionType: 'choice', correctResponsesPattern: ['a[,]b'] },
      response: 'b[,]a',
      success: true,
    });
    expect(interactionOf(question, ['a']).success).toBe(false);
  });

  it('describes a true-false question with "true" or "false"', () => {
    const question = makeTrueFalse();
    expect(interactionOf(question, ['false'])).toEqual({
      definition: {
        type: INTERACTION_ACTIVITY,
        name: { en: question.prompt },
        interactionType: 'true-false',
        correctResponsesPattern: ['false'],
      },
      response: 'false',
      success: true,
    });
    expect(interactionOf(question, ['true'])).toMatchObject({ response: 'true', success: false });
  });

  it('describes a categorize question as matching: items as sources, buckets as targets', () => {
    const question = makeCategorize();
    const right = {
      'data-centre': 'aws',
      'guest-os': 'customer',
      'iam-policies': 'customer',
      patching: 'shared',
    };
    const interaction = interactionOf(question, right);
    expect(interaction.definition).toMatchObject({
      interactionType: 'matching',
      correctResponsesPattern: [
        'data-centre[.]aws[,]guest-os[.]customer[,]iam-policies[.]customer[,]patching[.]shared',
      ],
      source: question.items.map((item) => ({ id: item.id, description: { en: item.text } })),
      target: question.buckets.map((bucket) => ({ id: bucket.id, description: { en: bucket.label } })),
    });
    expect(interaction.success).toBe(true);
    expect(interactionOf(question, { ...right, patching: 'aws' }).success).toBe(false);
    expect(interactionOf(question, { 'guest-os': 'customer' })).toMatchObject({
      response: 'guest-os[.]customer',
      success: false,
    });
  });

  it('describes an ordering question as sequencing, where only the exact order succeeds', () => {
    const question = makeOrdering();
    expect(interactionOf(question, ['prepare', 'detect', 'contain', 'recover'])).toMatchObject({
      definition: {
        interactionType: 'sequencing',
        correctResponsesPattern: ['prepare[,]detect[,]contain[,]recover'],
        choices: question.steps.map((step) => ({ id: step.id, description: { en: step.text } })),
      },
      success: true,
    });
    expect(interactionOf(question, ['detect', 'prepare', 'contain', 'recover']).success).toBe(false);
  });

  it('reports an unanswered question, or a stored answer of the wrong shape, as an empty response that fails', () => {
    expect(interactionOf(makeSingleChoice(), undefined)).toMatchObject({ response: '', success: false });
    expect(interactionOf(makeTrueFalse(), ['maybe'])).toMatchObject({ response: '', success: false });
    expect(interactionOf(makeCategorize(), ['aws'])).toMatchObject({ response: '', success: false });
    expect(interactionOf(makeCategorize(), undefined)).toMatchObject({ response: '', success: false });
    expect(interactionOf(makeOrdering(), { prepare: 'x' })).toMatchObject({ response: '', success: false });
    expect(interactionOf(makeSingleChoice(), ['a', 3] as unknown as string[])).toMatchObject({
      response: 'a',
      success: true,
    });
    expect(
      interactionOf(makeCategorize(), { patching: 1 } as unknown as Record<string, string>),
    ).toMatchObject({ response: '' });
  });
});
