import { describe, expect, it } from 'vitest';
import { arrangeQuiz } from '../../../../src/lib/quiz/shuffle';
import { createRandom, newSeed, shuffled } from '../../../../src/lib/quiz/random';
import type { Question } from '../../../../src/schemas/quiz';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeQuiz,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

const SEEDS = [0, 1, 2, 3, 42, 1234, 99_999, 4_294_967_295];

const sorted = <T>(items: readonly T[]) => [...items].sort();

/** `count` single-choice questions q1, q2, …, in that order. */
function pool(count: number): Question[] {
  return Array.from({ length: count }, (_, index) => makeSingleChoice({ id: `q${index + 1}` }));
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const first = createRandom(42);
    const second = createRandom(42);

    expect(Array.from({ length: 10 }, first)).toEqual(Array.from({ length: 10 }, second));
  });

  it('gives different sequences for different seeds', () => {
    const first = Array.from({ length: 5 }, createRandom(1));
    const second = Array.from({ length: 5 }, createRandom(2));

    expect(first).not.toEqual(second);
  });

  it('returns floats from 0 up to but not including 1', () => {
    for (const seed of SEEDS) {
      const random = createRandom(seed);
      for (let draw = 0; draw < 1000; draw += 1) {
        const value = random();
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
      }
    }
  });

  it('spreads its values over the whole range', () => {
    const random = createRandom(7);
    const values = Array.from({ length: 1000 }, random);

    expect(values.filter((value) => value < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((value) => value >= 0.5).length).toBeGreaterThan(400);
  });

  it('treats seeds as unsigned 32-bit integers, so -1 and 2^32 - 1 give the same sequence', () => {
    expect(Array.from({ length: 3 }, createRandom(-1))).toEqual(
      Array.from({ length: 3 }, createRandom(2 ** 32 - 1)),
    );
  });
});

describe('newSeed', () => {
  it('turns the given random float into an unsigned 32-bit integer', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.5)).toBe(2 ** 31);
    expect(newSeed(() => 0.999_999_999_999)).toBe(2 ** 32 - 1);
  });

  it('uses Math.random when no source is given', () => {
    const seed = newSeed();

    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThan(2 ** 32);
  });
});

describe('shuffled', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('returns the same order for the same seed', () => {
    expect(shuffled(items, createRandom(42))).toEqual(shuffled(items, createRandom(42)));
  });

  it('returns a permutation: the same items, each as often as before', () => {
    for (const seed of SEEDS) {
      expect(sorted(shuffled(items, createRandom(seed)))).toEqual(sorted(items));
    }
    expect(sorted(shuffled(['x', 'x', 'y'], createRandom(3)))).toEqual(['x', 'x', 'y']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = Object.freeze([...items]);

    const output = shuffled(input, createRandom(1));

    expect(output).not.toBe(input);
    expect(input).toEqual(items);
  });

  it('gives at least two different orders over a handful of seeds', () => {
    const orders = new Set(SEEDS.map((seed) => shuffled(items, createRandom(seed)).join()));

    expect(orders.size).toBeGreaterThanOrEqual(2);
  });

  it('keeps the order when the source always returns just under 1 (Fisher–Yates swaps each item with itself)', () => {
    expect(shuffled(items, () => 0.999_999)).toEqual(items);
  });

  it('swaps as Fisher–Yates does: from the end, each item with one at or before it', () => {
    // 0 picks index 0 each time: [a,b,c] → swap c,a → [c,b,a] → swap b,c → [b,c,a].
    expect(shuffled(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
  });

  it('returns empty and one-item lists unchanged', () => {
    expect(shuffled([], createRandom(1))).toEqual([]);
    expect(shuffled(['only'], createRandom(1))).toEqual(['only']);
  });
});

describe('arrangeQuiz', () => {
  const mixed = makeQuiz({
    questions: [
      makeSingleChoice({ id: 'single' }),
      makeMultipleChoice({ id: 'multiple' }),
      makeTrueFalse({ id: 'true-false' }),
      makeCategorize({ id: 'categorize' }),
      makeOrdering({ id: 'ordering' }),
    ],
  });

  it('gives the identical arrangement for the same quiz and seed', () => {
    for (const seed of SEEDS) {
      expect(arrangeQuiz(mixed, seed)).toEqual(arrangeQuiz(mixed, seed));
    }
  });

  it('asks every question of the pool once when there is no draw', () => {
    for (const seed of SEEDS) {
      expect(sorted(arrangeQuiz(mixed, seed).questionIds)).toEqual(
        sorted(['single', 'multiple', 'true-false', 'categorize', 'ordering']),
      );
    }
  });

  it('gives at least two different question orders over a handful of seeds', () => {
    const orders = new Set(SEEDS.map((seed) => arrangeQuiz(mixed, seed).questionIds.join()));

    expect(orders.size).toBeGreaterThanOrEqual(2);
  });

  it('keeps the authored question order when the quiz sets shuffle: false', () => {
    const quiz = makeQuiz({ shuffle: false, questions: pool(6) });

    for (const seed of SEEDS) {
      expect(arrangeQuiz(quiz, seed).questionIds).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    }
  });

  it('asks exactly `draw` distinct questions from the pool', () => {
    const quiz = makeQuiz({ draw: 3, questions: pool(8) });
    const ids = pool(8).map((question) => question.id);

    for (const seed of SEEDS) {
      const { questionIds, order } = arrangeQuiz(quiz, seed);
      expect(questionIds).toHaveLength(3);
      expect(new Set(questionIds).size).toBe(3);
      expect(questionIds.every((id) => ids.includes(id))).toBe(true);
      expect(Object.keys(order).sort()).toEqual(sorted(questionIds));
    }
  });

  it('draws different questions for different seeds', () => {
    const quiz = makeQuiz({ draw: 3, questions: pool(8) });
    const draws = new Set(SEEDS.map((seed) => sorted(arrangeQuiz(quiz, seed).questionIds).join()));

    expect(draws.size).toBeGreaterThanOrEqual(2);
  });

  it('takes the first `draw` questions in authored order when the quiz does not shuffle', () => {
    expect(arrangeQuiz(makeQuiz({ shuffle: false, draw: 2, questions: pool(5) }), 9).questionIds).toEqual([
      'q1',
      'q2',
    ]);
  });

  it('lists every option of a choice question once, in a seeded order', () => {
    for (const seed of SEEDS) {
      const { order } = arrangeQuiz(mixed, seed);
      expect(sorted(order['single'] ?? [])).toEqual(['a', 'b', 'c']);
      expect(sorted(order['multiple'] ?? [])).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('shuffles the options of a choice question into at least two orders over a handful of seeds', () => {
    const orders = new Set(SEEDS.map((seed) => arrangeQuiz(mixed, seed).order['multiple']?.join()));

    expect(orders.size).toBeGreaterThanOrEqual(2);
  });

  it('keeps authored option order for a choice question with shuffle: false', () => {
    const quiz = makeQuiz({
      questions: [makeMultipleChoice({ id: 'fixed', shuffle: false }), makeSingleChoice({ shuffle: false })],
    });

    for (const seed of SEEDS) {
      expect(arrangeQuiz(quiz, seed).order).toEqual({ fixed: ['a', 'b', 'c', 'd'], single: ['a', 'b', 'c'] });
    }
  });

  it('always shows a true-false question as True, then False', () => {
    for (const seed of SEEDS) {
      expect(arrangeQuiz(mixed, seed).order['true-false']).toEqual(['true', 'false']);
    }
  });

  it('lists every categorize item once and shuffles them into at least two orders', () => {
    const items = ['data-centre', 'guest-os', 'iam-policies', 'patching'];
    const orders = SEEDS.map((seed) => arrangeQuiz(mixed, seed).order['categorize'] ?? []);

    for (const order of orders) expect(sorted(order)).toEqual(items);
    expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThanOrEqual(2);
  });

  it('lists every ordering step once and shuffles them into at least two orders', () => {
    const steps = ['contain', 'detect', 'prepare', 'recover'];
    const orders = SEEDS.map((seed) => arrangeQuiz(mixed, seed).order['ordering'] ?? []);

    for (const order of orders) expect(sorted(order)).toEqual(steps);
    expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThanOrEqual(2);
  });

  it('never starts an ordering question in its right order, over many seeds', () => {
    // With three steps a plain shuffle lands on the right order 1 time in 6.
    const quiz = makeQuiz({
      questions: [
        makeOrdering({
          id: 'three',
          steps: [
            { id: 'one', text: 'One', rationale: 'First.' },
            { id: 'two', text: 'Two', rationale: 'Second.' },
            { id: 'three', text: 'Three', rationale: 'Third.' },
          ],
        }),
      ],
    });

    for (let seed = 0; seed < 500; seed += 1) {
      const order = arrangeQuiz(quiz, seed).order['three'] ?? [];
      expect(sorted(order)).toEqual(['one', 'three', 'two']);
      expect(order).not.toEqual(['one', 'two', 'three']);
    }
  });

  it('rotates a shuffle that lands on the right order by one step', () => {
    // A seed whose plain shuffle of the three steps comes out right: it must be rotated.
    const steps = ['one', 'two', 'three'];
    const seed = Array.from({ length: 500 }, (_, index) => index).find((candidate) => {
      const random = createRandom(candidate);
      return shuffled(steps, random).join() === steps.join();
    });
    const quiz = makeQuiz({
      shuffle: false,
      questions: [
        makeOrdering({
          id: 'three',
          steps: steps.map((id) => ({ id, text: id, rationale: 'Because.' })),
        }),
      ],
    });

    expect(seed).toBeDefined();
    expect(arrangeQuiz(quiz, seed ?? 0).order['three']).toEqual(['two', 'three', 'one']);
  });

  it('gives every question of the arrangement an entry in order, and no other', () => {
    for (const seed of SEEDS) {
      const { questionIds, order } = arrangeQuiz(mixed, seed);
      expect(sorted(Object.keys(order))).toEqual(sorted(questionIds));
    }
  });

  it('handles a pool of one question', () => {
    expect(arrangeQuiz(makeQuiz({ questions: [makeTrueFalse({ id: 'only' })] }), 5)).toEqual({
      questionIds: ['only'],
      order: { only: ['true', 'false'] },
    });
  });

  it('does not change the quiz it arranges', () => {
    const quiz = makeQuiz({ questions: [makeOrdering(), makeCategorize(), makeMultipleChoice()] });
    const copy = structuredClone(quiz);

    arrangeQuiz(quiz, 3);

    expect(quiz).toEqual(copy);
  });
});

describe('arrangeQuiz with drawOwn: a module quiz always asks some of its own questions', () => {
  /** A composed module quiz: `own` questions of its own, then `pulled` ones from a lesson quiz. */
  function moduleQuiz(own: number, pulled: number, draw: number, drawOwn: number) {
    const questions = [
      ...Array.from({ length: own }, (_, index) => makeSingleChoice({ id: `own-${index + 1}` })),
      ...Array.from({ length: pulled }, (_, index) => makeSingleChoice({ id: `lesson/q${index + 1}` })),
    ];
    return makeQuiz({ questions, draw, drawOwn });
  }
  const ownOf = (ids: readonly string[]) => ids.filter((id) => !id.includes('/')).length;

  it('asks exactly drawOwn of its own questions and the rest from its lessons, all distinct', () => {
    const quiz = moduleQuiz(10, 40, 15, 5);
    for (const seed of SEEDS) {
      const { questionIds, order } = arrangeQuiz(quiz, seed);
      expect(questionIds).toHaveLength(15);
      expect(new Set(questionIds).size).toBe(15);
      expect(ownOf(questionIds)).toBe(5);
      expect(Object.keys(order).sort()).toEqual(sorted(questionIds));
    }
  });

  it('is the same for the same seed, and mixes its own questions in rather than asking them first', () => {
    const quiz = moduleQuiz(10, 40, 15, 5);
    expect(arrangeQuiz(quiz, 7)).toEqual(arrangeQuiz(quiz, 7));
    const firstFiveAllOwn = SEEDS.filter(
      (seed) => ownOf(arrangeQuiz(quiz, seed).questionIds.slice(0, 5)) === 5,
    );
    expect(firstFiveAllOwn.length).toBeLessThan(SEEDS.length);
    const draws = new Set(SEEDS.map((seed) => sorted(arrangeQuiz(quiz, seed).questionIds).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('asks all of its own when it has fewer than drawOwn, and fills from its lessons', () => {
    const { questionIds } = arrangeQuiz(moduleQuiz(3, 40, 15, 5), 1);
    expect(questionIds).toHaveLength(15);
    expect(ownOf(questionIds)).toBe(3);
  });

  it('fills from its own questions when its lessons have too few', () => {
    const { questionIds } = arrangeQuiz(moduleQuiz(10, 4, 12, 5), 1);
    expect(questionIds).toHaveLength(12);
    expect(ownOf(questionIds)).toBe(8);
  });

  it('asks the whole pool, own and pulled alike, without a draw (a retry of missed questions)', () => {
    const retry = { ...moduleQuiz(2, 3, 15, 2), draw: undefined };
    expect(sorted(arrangeQuiz(retry, 3).questionIds)).toEqual(
      sorted(['own-1', 'own-2', 'lesson/q1', 'lesson/q2', 'lesson/q3']),
    );
  });

  it('asks the whole pool when draw is larger than the pool', () => {
    expect(arrangeQuiz(moduleQuiz(2, 3, 15, 2), 3).questionIds).toHaveLength(5);
  });
});
