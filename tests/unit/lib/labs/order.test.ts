import { describe, expect, it } from 'vitest';
import { sortLabs } from '../../../../src/lib/labs/order';

const lab = (
  id: string,
  moduleOrder: number,
  difficulty: 'foundational' | 'intermediate' | 'advanced',
  minutes = 10,
) => ({
  id,
  moduleOrder,
  difficulty,
  minutes,
});

describe('sortLabs', () => {
  it('orders by module, then difficulty, then minutes, then id, without changing its input', () => {
    const labs = [
      lab('z-advanced', 1, 'advanced'),
      lab('later-module', 2, 'foundational'),
      lab('b-long', 1, 'foundational', 20),
      lab('b-short', 1, 'foundational', 5),
      lab('a-short', 1, 'foundational', 5),
      lab('middle', 1, 'intermediate'),
    ];
    const before = labs.map(({ id }) => id);
    expect(sortLabs(labs).map(({ id }) => id)).toEqual([
      'a-short',
      'b-short',
      'b-long',
      'middle',
      'z-advanced',
      'later-module',
    ]);
    expect(labs.map(({ id }) => id)).toEqual(before);
  });
});
