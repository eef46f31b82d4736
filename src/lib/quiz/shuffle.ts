import type { Question, Quiz } from '../../schemas/quiz';
import { arrangeQuestion } from './registry';
import { createRandom, idsOf, shuffled, type Random } from './random';

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

/**
 * Which questions an attempt asks and in what order their parts are shown, derived from `seed`
 * alone: the same quiz and seed always give the same arrangement, so storing the seed is enough
 * to show a review as the learner saw it.
 *
 * Questions are shuffled unless `quiz.shuffle` is false, then the first `quiz.draw` (default:
 * all) are asked. With `quiz.drawOwn`, that many of them (or all the quiz has, if fewer) are the
 * quiz's own questions and the rest come from the quizzes it draws `from`, shuffled together.
 *
 * Each question's kind arranges its parts (`QuestionKind.arrange`): choice options are shuffled
 * when the question's `shuffle` is true; true-false is always True, False; categorize items and
 * ordering steps are always shuffled, and an ordering question never starts in its right order.
 */
export function arrangeQuiz(
  quiz: Pick<Quiz, 'questions' | 'shuffle' | 'draw' | 'drawOwn'>,
  seed: number,
): Arrangement {
  const random = createRandom(seed);
  return arrangeParts(drawQuestions(quiz, quiz.questions, random), random);
}

/** How a quiz draws its questions (see `arrangeQuiz`). */
export type DrawRules = Pick<Quiz, 'shuffle' | 'draw' | 'drawOwn'>;

/**
 * The first half of `arrangeQuiz`: the questions asked, in the order shown. The draw looks only at
 * how many there are and their ids, so an attempt can draw from the pool's ids before loading the
 * questions (`pool` is then ids as `{ id }`). `random` then goes on to `arrangeParts`.
 */
export function drawQuestions<T extends { id: string }>(
  rules: DrawRules,
  pool: readonly T[],
  random: Random,
): T[] {
  const { shuffle, draw, drawOwn } = rules;
  return shuffle && draw !== undefined && drawOwn !== undefined
    ? drawWithOwn(pool, draw, drawOwn, random)
    : drawAll(rules, pool, random);
}

/**
 * The second half of `arrangeQuiz`: the questions asked with the display order of each one's
 * parts, in the order asked, from the same `random` that drew them.
 */
export function arrangeParts(asked: readonly Question[], random: Random): Arrangement {
  return {
    questionIds: idsOf(asked),
    order: Object.fromEntries(asked.map((question) => [question.id, arrangeQuestion(question, random)])),
  };
}

/** The first `draw` of the pool, shuffled unless the quiz keeps its order. */
function drawAll<T>(rules: DrawRules, pool: readonly T[], random: Random) {
  const drawn = rules.shuffle ? shuffled(pool, random) : [...pool];
  return drawn.slice(0, rules.draw ?? drawn.length);
}

/**
 * `drawOwn` of the quiz's own questions and the rest of `draw` from those pulled in with `from`
 * (their ids are `<source quiz>/<question>`, see `composeQuiz`), shuffled together. When one side
 * has too few, the other fills the places.
 */
function drawWithOwn<T extends { id: string }>(
  pool: readonly T[],
  draw: number,
  drawOwn: number,
  random: Random,
) {
  const own = shuffled(
    pool.filter(({ id }) => !id.includes('/')),
    random,
  );
  const pulled = shuffled(
    pool.filter(({ id }) => id.includes('/')),
    random,
  );
  const total = Math.min(draw, pool.length);
  const fromOwn = Math.max(Math.min(drawOwn, own.length), total - pulled.length);
  return shuffled([...own.slice(0, fromOwn), ...pulled.slice(0, total - fromOwn)], random);
}
