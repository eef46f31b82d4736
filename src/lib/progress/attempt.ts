import { scoreByTag, type QuizResult } from '../quiz/grade-quiz';
import type { Response } from '../quiz/types';
import type { AttemptKind, Confidence, QuizAttempt, QuizMode } from './types';

/** What a quiz session produced when the learner finished it: everything an attempt is made of. */
export interface FinishedQuiz {
  /** The quiz asked; `REVIEW_QUIZ_ID` for a review session. */
  quizId: string;
  /** A full quiz, a retry of missed questions, or a review session. */
  kind: AttemptKind;
  mode: QuizMode;
  /** Seed of the question and option order, or null when there is none. */
  seed: number | null;
  /** Questions asked, in the order shown. */
  questionIds: readonly string[];
  responses: Readonly<Record<string, Response>>;
  confidence: Readonly<Record<string, Confidence>>;
  /** The graded result the learner saw (`gradeQuiz`). */
  result: QuizResult;
  /** Module for the `module:` tag of questions that do not name their own. */
  moduleId?: string | undefined;
  /** Whole seconds from start to result, or null when unknown. */
  durationSeconds: number | null;
}

/**
 * The attempt to store for a finished quiz, with its `id` and `finishedAt` time. Only a full quiz
 * can pass: a retry or a review is practice, so it is stored with `passed: false` whatever it
 * scored, and nothing that reads attempts can mistake it for a result.
 */
export function buildAttempt(finished: FinishedQuiz, id: string, finishedAt: string): QuizAttempt {
  const { quizId, kind, mode, seed, questionIds, responses, confidence, result, moduleId } = finished;
  return {
    id,
    quizId,
    finishedAt,
    kind,
    earned: result.earned,
    total: result.total,
    passed: kind === 'quiz' && result.passed,
    mode,
    seed,
    questionIds: [...questionIds],
    responses: { ...responses },
    confidence: { ...confidence },
    durationSeconds: finished.durationSeconds,
    tagScores: scoreByTag(result, moduleId),
  };
}
