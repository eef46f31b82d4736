import type { Question, Quiz } from '../../schemas/quiz';
import type { ExamDraft } from '../../lib/quiz/draft';
import { newSeed } from '../../lib/quiz/random';
import type { Arrangement } from '../../lib/quiz/shuffle';
import { loadServedQuiz, readServedQuiz } from '../../stores/quiz-data';

/** A quiz ready to run: its settings with the questions the attempt asks, and how it asks them. */
export interface PreparedAttempt {
  quiz: Quiz;
  /** A new attempt's seed and arrangement, when drawn here; otherwise the session draws it. */
  first: (Arrangement & { seed: number }) | undefined;
}

// Reads a pool from other quizzes' files: only module quizzes, the final and the review need it.
const poolCode = () => import('../../lib/quiz/pool');

/**
 * Loads what one attempt at `quizId` needs and nothing more: the quiz's file (`request`, already
 * sent by the caller), then (for a module quiz or the final) the files holding the questions
 * drawn, in parallel. Resuming a draft loads
 * the draft's questions; any no longer in the course are left out, so the draft shows as changed.
 */
export async function prepareAttempt(
  quizId: string,
  resume: ExamDraft | undefined,
  request: Promise<Response>,
): Promise<PreparedAttempt> {
  const served = await request.then(readServedQuiz);
  if (served === undefined) throw new Error(`no quiz ${quizId}`);
  const { pool: sources, ...settings } = served;
  // A lesson quiz's file holds all its questions: the session draws from them as it always has.
  if (sources.length === 0) return { quiz: settings, first: undefined };
  const { loadQuestions, startAttempt } = await poolCode();
  if (resume !== undefined) {
    const byId = await loadQuestions(resume.questionIds, served.questions, loadServedQuiz);
    return { quiz: { ...settings, questions: [...byId.values()] }, first: undefined };
  }
  const seed = newSeed();
  const { quiz, arrangement } = await startAttempt(served, seed, loadServedQuiz);
  return { quiz, first: { seed, ...arrangement } };
}

/**
 * The questions with these review keys (`<quiz>/<question>`), loading only their quizzes' files,
 * in parallel; keys whose quiz or question is no longer in the course are left out.
 */
export const loadReviewQuestions = (keys: readonly string[]): Promise<Map<string, Question>> =>
  poolCode().then((pool) => pool.loadQuestions(keys, undefined, loadServedQuiz));
