import { describe, expect, it } from 'vitest';
import { NOTHING } from '../../../../src/lib/quiz/choices';
import { describeAnswer, describeResponse } from '../../../../src/lib/quiz/registry';
import type { Response } from '../../../../src/lib/quiz/types';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeSingleChoice,
  makeSpot,
  makeTrueFalse,
} from '../../../fixtures/builders';

/** A stored value of the wrong shape, as a tampered or outdated attempt could hold. */
const malformed = (value: unknown) => value as Response;

describe('describeResponse', () => {
  it('lists the selected option texts of a multiple-choice question in authored order, joined with "; "', () => {
    expect(describeResponse(makeMultipleChoice(), ['c', 'a'])).toBe('Bucket policies; Disk replacement');
  });

  it('gives the one option text of a single-choice response, once even if repeated', () => {
    expect(describeResponse(makeSingleChoice(), ['b', 'b'])).toBe('AWS');
  });

  it('uses the given labels for a true-false response', () => {
    expect(describeResponse(makeTrueFalse(), ['false'], { true: 'Richtig', false: 'Falsch' })).toBe('Falsch');
    expect(describeResponse(makeTrueFalse(), ['true'])).toBe('True');
  });

  it('gives "—" for a choice question with nothing selected, no response or only unknown ids', () => {
    expect(describeResponse(makeSingleChoice(), [])).toBe(NOTHING);
    expect(describeResponse(makeSingleChoice(), undefined)).toBe('—');
    expect(describeResponse(makeMultipleChoice(), ['z'])).toBe('—');
  });

  it('leaves out unknown ids next to known ones', () => {
    expect(describeResponse(makeMultipleChoice(), ['a', 'z'])).toBe('Bucket policies');
  });

  it('gives "—" for a choice question with a response of the wrong shape', () => {
    expect(describeResponse(makeSingleChoice(), { a: 'a' })).toBe('—');
    expect(describeResponse(makeSingleChoice(), malformed('a'))).toBe('—');
  });

  it('describes a categorize response as "<item>: <bucket label>" per item, in authored order', () => {
    const response = {
      patching: 'aws',
      'data-centre': 'aws',
      'guest-os': 'customer',
      'iam-policies': 'shared',
    };

    expect(describeResponse(makeCategorize(), response)).toBe(
      'Data-centre security: AWS; Guest OS updates: You; IAM policies: Both; Patch management: AWS',
    );
  });

  it('shows "—" for the items of a categorize response not placed, or placed in an unknown bucket', () => {
    expect(describeResponse(makeCategorize(), { 'guest-os': 'customer', patching: 'nobody' })).toBe(
      'Data-centre security: —; Guest OS updates: You; IAM policies: —; Patch management: —',
    );
  });

  it('gives "—" for a categorize response with nothing placed, no response or the wrong shape', () => {
    expect(describeResponse(makeCategorize(), {})).toBe('—');
    expect(describeResponse(makeCategorize(), undefined)).toBe('—');
    expect(describeResponse(makeCategorize(), ['aws'])).toBe('—');
    expect(describeResponse(makeCategorize(), { 'root-keys': 'aws' })).toBe('—');
  });

  it('does not take an Object.prototype name for a placed item', () => {
    const question = makeCategorize({
      items: [
        { id: 'constructor', text: 'Builders', bucket: 'aws', rationale: 'Because.' },
        { id: 'guest-os', text: 'Guest OS updates', bucket: 'customer', rationale: 'Because.' },
      ],
    });

    expect(describeResponse(question, { 'guest-os': 'customer' })).toBe('Builders: —; Guest OS updates: You');
  });

  it('describes an ordering response as the step texts in the learner’s order, joined with " → "', () => {
    expect(describeResponse(makeOrdering(), ['detect', 'prepare', 'recover', 'contain'])).toBe(
      'Detect → Prepare → Recover → Contain',
    );
  });

  it('leaves unknown ids out of an ordering response and gives "—" when none is known', () => {
    expect(describeResponse(makeOrdering(), ['detect', 'panic'])).toBe('Detect');
    expect(describeResponse(makeOrdering(), ['panic'])).toBe('—');
    expect(describeResponse(makeOrdering(), [])).toBe('—');
    expect(describeResponse(makeOrdering(), { prepare: 'detect' })).toBe('—');
  });
});

describe('describeResponse for spot questions', () => {
  it('describes the picked line and reason as "Line n (`code`), because <reason>"', () => {
    expect(describeResponse(makeSpot(), { line: '5', reason: 'c' })).toBe(
      'Line 5 (`"Effect": "Allow",`), because it only covers the owner account.',
    );
  });

  it('gives "—" for a spot response with nothing picked or of the wrong shape', () => {
    expect(describeResponse(makeSpot(), {})).toBe(NOTHING);
    expect(describeResponse(makeSpot(), malformed(['7', 'a']))).toBe(NOTHING);
  });
});

describe('describeAnswer', () => {
  it('gives the right option of a single-choice question', () => {
    expect(describeAnswer(makeSingleChoice())).toBe('The customer');
  });

  it('gives every right option of a multiple-choice question, joined with "; "', () => {
    expect(describeAnswer(makeMultipleChoice())).toBe('Bucket policies; Data classification');
  });

  it('gives the right value of a true-false question in the given labels', () => {
    expect(describeAnswer(makeTrueFalse({ answer: false }))).toBe('False');
    expect(describeAnswer(makeTrueFalse({ answer: true }), { true: 'Richtig', false: 'Falsch' })).toBe(
      'Richtig',
    );
  });

  it('gives every categorize item with its right bucket label', () => {
    expect(describeAnswer(makeCategorize())).toBe(
      'Data-centre security: AWS; Guest OS updates: You; IAM policies: You; Patch management: Both',
    );
  });

  it('gives the ordering steps in their right order', () => {
    expect(describeAnswer(makeOrdering())).toBe('Prepare → Detect → Contain → Recover');
  });

  it('gives the wrong line of a spot question with its code, and the right reason', () => {
    expect(describeAnswer(makeSpot())).toBe(
      'Line 7 (`"Principal": "*",`), because it grants everyone read access.',
    );
  });

  it('matches describeResponse for a fully right response of each type', () => {
    expect(describeResponse(makeOrdering(), ['prepare', 'detect', 'contain', 'recover'])).toBe(
      describeAnswer(makeOrdering()),
    );
    expect(
      describeResponse(makeCategorize(), {
        'data-centre': 'aws',
        'guest-os': 'customer',
        'iam-policies': 'customer',
        patching: 'shared',
      }),
    ).toBe(describeAnswer(makeCategorize()));
  });
});
