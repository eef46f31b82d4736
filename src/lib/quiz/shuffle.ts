import type { Quiz } from '../../schemas/quiz';
import { arrangeQuestion } from './registry';
import { createRandom, shuffled } from './random';

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
  const { shuffle, draw, drawOwn, questions } = quiz;
  const asked =
    shuffle && draw !== undefined && drawOwn !== undefined
      ? drawWithOwn(questions, draw, drawOwn, random)
      : drawAll(quiz, random);
  return {
    questionIds: asked.map((question) => question.id),
    order: Object.fromEntries(asked.map((question) => [question.id, arrangeQuestion(question, random)])),
  };
}

type Drawable = Pick<Quiz, 'questions' | 'shuffle' | 'draw'>;

/** The first `draw` questions of the pool, shuffled unless the quiz keeps its order. */
function drawAll(quiz: Drawable, random: () => number) {
  const pool = quiz.shuffle ? shuffled(quiz.questions, random) : [...quiz.questions];
  return pool.slice(0, quiz.draw ?? pool.length);
}

/**
 * `drawOwn` of the quiz's own questions and the rest of `draw` from those pulled in with `from`
 * (their ids are `<source quiz>/<question>`, see `composeQuiz`), shuffled together. When one side
 * has too few, the other fills the places.
 */
function drawWithOwn(questions: Quiz['questions'], draw: number, drawOwn: number, random: () => number) {
  const own = shuffled(
    questions.filter((question) => !question.id.includes('/')),
    random,
  );
  const pulled = shuffled(
    questions.filter((question) => question.id.includes('/')),
    random,
  );
  const total = Math.min(draw, questions.length);
  const fromOwn = Math.max(Math.min(drawOwn, own.length), total - pulled.length);
  return shuffled([...own.slice(0, fromOwn), ...pulled.slice(0, total - fromOwn)], random);
}
