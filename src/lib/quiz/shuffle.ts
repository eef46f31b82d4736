import type { Question, Quiz } from '../../schemas/quiz';

/** A source of floats in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence of floats
 * in [0, 1) on every run and browser. For arranging questions, not for anything secret.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A new seed: an unsigned 32-bit integer drawn from `random`. The default, `Math.random`, is the
 * only unseeded randomness in the quiz logic; everything else derives from a seed.
 */
export function newSeed(random: Random = Math.random): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

/** A shuffled copy of `items` (Fisher–Yates, driven by `random`); `items` is left as it was. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** The questions of one attempt and the order their parts are shown in. */
export interface Arrangement {
  /** Ids of the questions asked, in the order shown. */
  questionIds: string[];
  /**
   * By question id, the ids of its parts in display order: choice option ids, `"true"` and
   * `"false"`, categorize item ids (buckets keep their authored order) or ordering step ids.
   */
  order: Record<string, string[]>;
}

const idsOf = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

/** The display order of one question's parts. */
function arrangeQuestion(question: Question, random: Random): string[] {
  switch (question.type) {
    case 'true-false':
      return ['true', 'false'];
    case 'categorize':
      return shuffled(idsOf(question.items), random);
    case 'ordering': {
      const right = idsOf(question.steps);
      const order = shuffled(right, random);
      // Never start solved: a shuffle that lands on the right order is rotated by one step.
      const solved = order.length >= 2 && order.every((id, index) => id === right[index]);
      return solved ? [...order.slice(1), ...order.slice(0, 1)] : order;
    }
    default:
      return question.shuffle ? shuffled(idsOf(question.choices), random) : idsOf(question.choices);
  }
}

/**
 * Which questions an attempt asks and in what order their parts are shown, derived from `seed`
 * alone: the same quiz and seed always give the same arrangement, so storing the seed is enough
 * to show a review as the learner saw it.
 *
 * Questions are shuffled unless `quiz.shuffle` is false, then the first `quiz.draw` (default:
 * all) are asked. Choice options are shuffled when the question's `shuffle` is true; true-false
 * is always True, False; categorize items and ordering steps are always shuffled, and an ordering
 * question never starts in its right order.
 */
export function arrangeQuiz(quiz: Pick<Quiz, 'questions' | 'shuffle' | 'draw'>, seed: number): Arrangement {
  const random = createRandom(seed);
  const pool = quiz.shuffle ? shuffled(quiz.questions, random) : [...quiz.questions];
  const asked = pool.slice(0, quiz.draw ?? pool.length);
  return {
    questionIds: asked.map((question) => question.id),
    order: Object.fromEntries(asked.map((question) => [question.id, arrangeQuestion(question, random)])),
  };
}
