import { quizDataHref } from '../lib/course/routes';
import type { ServedQuiz } from '../lib/quiz/pool';

/**
 * A quiz's served data (`/quizzes/<id>.json`, see `serveQuiz`): `undefined` if the quiz is not in
 * the course (404); rejects if it cannot be loaded (offline, server error, not quiz data).
 */
export const loadServedQuiz = (quizId: string): Promise<ServedQuiz | undefined> =>
  fetch(quizDataHref(quizId)).then(readServedQuiz);

/** Reads a response to a quiz data request, as `loadServedQuiz` does. */
export async function readServedQuiz(response: Response): Promise<ServedQuiz | undefined> {
  if (response.status === 404) return undefined;
  const quiz = (response.ok ? await response.json() : null) as ServedQuiz | null;
  if (!Array.isArray(quiz?.questions) || !Array.isArray(quiz.pool))
    throw new Error(`quiz data: ${response.url}`);
  return quiz;
}
