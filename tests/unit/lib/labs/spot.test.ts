import { describe, expect, it } from 'vitest';
import { gradeSpotLab, spotLabOutcome } from '../../../../src/lib/labs/spot';
import type { SpotLabData } from '../../../../src/lib/labs/types';
import { makeSpot } from '../../../fixtures/builders';

const lab: SpotLabData = {
  type: 'spot',
  id: 'spot-lab',
  title: 'Spot it',
  questions: [makeSpot({ id: 'one' }), makeSpot({ id: 'two' })],
  explanation: 'Why.',
};

describe('gradeSpotLab', () => {
  it('completes the lab when every question has the wrong line and the right reason', () => {
    const grade = gradeSpotLab(lab, { one: { line: '7', reason: 'a' }, two: { line: '7', reason: 'a' } });
    expect(grade).toEqual({ earned: 2, total: 2, right: 2, completed: true });
    expect(spotLabOutcome(grade)).toEqual({
      checksPassed: 2,
      checksTotal: 2,
      probesDenied: 0,
      probesTotal: 0,
      completed: true,
    });
  });

  it('gives half a point for the line or the reason alone, and counts only full marks as right', () => {
    const grade = gradeSpotLab(lab, { one: { line: '7', reason: 'b' }, two: { reason: 'a' } });
    expect(grade).toEqual({ earned: 1, total: 2, right: 0, completed: false });
    expect(spotLabOutcome(grade)).toMatchObject({ checksPassed: 0, checksTotal: 2, completed: false });
  });

  it('gives nothing for a missing answer or one the quiz engine cannot check', () => {
    expect(gradeSpotLab(lab, {})).toEqual({ earned: 0, total: 2, right: 0, completed: false });
    expect(gradeSpotLab(lab, { one: { line: '99' }, two: ['a'] })).toEqual({
      earned: 0,
      total: 2,
      right: 0,
      completed: false,
    });
    expect(gradeSpotLab(lab, { one: { line: '7', reason: 'a' } })).toMatchObject({
      right: 1,
      completed: false,
    });
  });
});
