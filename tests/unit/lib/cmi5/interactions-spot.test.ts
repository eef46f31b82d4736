import { describe, expect, it } from 'vitest';
import { interactionOf } from '../../../../src/lib/cmi5/interactions';
import { makeSpot } from '../../../fixtures/builders';

describe('interactionOf a spot question', () => {
  it('is a performance interaction: line then reason, succeeding on any misconfigured line with the right reason', () => {
    const question = makeSpot({ wrong: [6, 7] });
    expect(interactionOf(question, { line: '7', reason: 'a' })).toMatchObject({
      definition: {
        interactionType: 'performance',
        correctResponsesPattern: ['line[.]6[,]reason[.]a', 'line[.]7[,]reason[.]a'],
      },
      response: 'line[.]7[,]reason[.]a',
      success: true,
    });
    expect(interactionOf(question, { reason: 'a', line: '5' })).toMatchObject({
      response: 'line[.]5[,]reason[.]a',
      success: false,
    });
    expect(interactionOf(question, { line: '7' })).toMatchObject({ response: 'line[.]7', success: false });
    expect(interactionOf(question, undefined)).toMatchObject({ response: '', success: false });
  });
});
