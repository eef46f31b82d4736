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
 * all) are asked. Each question's kind arranges its parts (`QuestionKind.arrange`): choice
 * options are shuffled when the question's `shuffle` is true; true-false is always True, False;
 * categorize items and ordering steps are always shuffled, and an ordering question never starts
 * in its right order.
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
