import type { Question, Quiz } from '../../schemas/quiz';
import type { ComposedQuiz } from './compose';
import { createRandom } from './random';
import { arrangeParts, drawQuestions, type Arrangement } from './shuffle';

/**
 * Quiz data as served (`/quizzes/<id>.json`), so that every question ships once, in the file of
 * the quiz it is written in. A quiz's file holds its own questions; the questions it draws `from`
 * other quizzes are listed in `pool` by the quiz whose file holds them, in pool order. The pool is
 * the quiz's own questions, then each entry's questions with the id `<quiz>/<question>`: exactly
 * the pool `composeQuiz` builds, in the same order, so the same seed asks the same questions.
 */
export type ServedQuiz = Omit<ComposedQuiz, 'questions'> & {
  /** The quiz's own questions, ready to ask (`learn` and `tags.module` set, see `composeQuiz`). */
  questions: Question[];
  /** The questions drawn from other quizzes, by the quiz whose file holds them, in pool order. */
  pool: PoolSource[];
};

/** Some questions of the pool, held in another quiz's file. */
export interface PoolSource {
  /** The quiz whose file holds them (where they are written). */
  quiz: string;
  /** Their ids in that file. */
  ids: string[];
}

/** The ids of a served quiz's whole pool, in the order `composeQuiz` gives its questions. */
export const poolIds = (served: Pick<ServedQuiz, 'questions' | 'pool'>): string[] => [
  ...served.questions.map(({ id }) => id),
  ...served.pool.flatMap(({ quiz, ids }) => ids.map((id) => `${quiz}/${id}`)),
];

/**
 * Loads one quiz's served data: `undefined` when there is no such quiz (a 404: removed from the
 * course); it rejects when the data cannot be loaded (offline, server error).
 */
export type LoadQuiz = (quizId: string) => Promise<Pick<ServedQuiz, 'questions'> | undefined>;

/** The error an attempt fails with when quiz files cannot be loaded: it names them. */
export const quizDataError = (quizzes: readonly string[]): Error =>
  new Error(`quiz data could not be loaded: ${quizzes.join(', ')}`);

/**
 * The questions with these ids, by id. An id `<quiz>/<question>` is question `<question>` of
 * `<quiz>`'s file (it gets the full id); any other is one of `own`, the questions of the quiz the
 * ids come from (when `own` is undefined, such ids are skipped). Each file needed loads once, all
 * at the same time. Ids whose quiz or question no longer exists are left out; a file that fails
 * to load rejects with `quizDataError` naming every file that failed.
 */
export async function loadQuestions(
  ids: readonly string[],
  own: readonly Question[] | undefined,
  load: LoadQuiz,
): Promise<Map<string, Question>> {
  const found = new Map<string, Question>();
  const wanted = new Map<string, Set<string>>();
  for (const id of ids) {
    const slash = id.indexOf('/');
    if (slash < 0) continue;
    const quiz = id.slice(0, slash);
    wanted.set(quiz, (wanted.get(quiz) ?? new Set()).add(id.slice(slash + 1)));
  }
  const ownIds = new Set(ids.filter((id) => !id.includes('/')));
  for (const question of own ?? []) if (ownIds.has(question.id)) found.set(question.id, question);
  const quizzes = [...wanted.keys()];
  const loaded = await Promise.allSettled(quizzes.map((quiz) => load(quiz)));
  const failed = quizzes.filter((_, index) => loaded[index]?.status === 'rejected');
  if (failed.length > 0) throw quizDataError(failed);
  loaded.forEach((outcome, index) => {
    const quiz = quizzes[index] as string;
    // None failed (see above): each outcome holds the quiz's data, or undefined if it is gone.
    const questions =
      (outcome as PromiseFulfilledResult<Awaited<ReturnType<LoadQuiz>>>).value?.questions ?? [];
    const names = wanted.get(quiz) as Set<string>;
    for (const question of questions)
      if (names.has(question.id))
        found.set(`${quiz}/${question.id}`, { ...question, id: `${quiz}/${question.id}` });
  });
  return found;
}

/** What an attempt needs: the quiz with just the questions it asks, and their arrangement. */
export interface Attempt {
  /** The served quiz's settings with `questions` holding only the questions asked. */
  quiz: Quiz;
  arrangement: Arrangement;
}

/**
 * A new attempt at `served` with `seed`: the questions are drawn from the pool's ids (as
 * `arrangeQuiz` draws them from the composed quiz, so the same seed asks the same questions in the
 * same arrangement), then only the files holding them load. Rejects with `quizDataError` if a
 * file fails to load or no longer holds a drawn question.
 */
export async function startAttempt(served: ServedQuiz, seed: number, load: LoadQuiz): Promise<Attempt> {
  const random = createRandom(seed);
  const questionIds = drawQuestions(
    served,
    poolIds(served).map((id) => ({ id })),
    random,
  ).map(({ id }) => id);
  const byId = await loadQuestions(questionIds, served.questions, load);
  const missing = questionIds.filter((id) => !byId.has(id));
  if (missing.length > 0) throw quizDataError([...new Set(missing.map((id) => id.split('/')[0] as string))]);
  const questions = questionIds.map((id) => byId.get(id) as Question);
  const { pool: _pool, ...settings } = served;
  return { quiz: { ...settings, questions }, arrangement: arrangeParts(questions, random) };
}
