import { describe, expect, it } from 'vitest';
import { shownPoints } from '../../../../src/lib/quiz/shown-points';

describe('shownPoints', () => {
  it('rounds points down to one decimal, so the shown score never exceeds the real one', () => {
    expect(shownPoints(7.67)).toBe(7.6);
    expect(shownPoints(6.96)).toBe(6.9);
    expect(shownPoints(8)).toBe(8);
    expect(shownPoints(0)).toBe(0);
  });

  it('keeps a tenth that float arithmetic lands just below (0.1 + 0.2 reads 0.3)', () => {
    expect(shownPoints(0.1 + 0.2)).toBe(0.3);
    expect(shownPoints(0.29 * 10)).toBe(2.9);
  });
});
