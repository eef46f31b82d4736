import type { Quiz } from '../../schemas/quiz';
import type { ChoiceResponse } from './types';
import { scoreResponse, validateResponse } from './registry';

/** How one question of a graded quiz went. */
export type QuestionOutcome = 'correct' | 'incorrect' | 'unanswered';

/** One question's line in a quiz result. */
export interface QuestionResult {
  questionId: string;
  outcome: QuestionOutcome;
  earned: number;
  total: number;
}

/** The result of a whole quiz. */
export interface QuizResult {
  /** Points earned over all questions. */
  earned: number;
  /** Points available over all questions. */
  total: number;
  /** `earned / total` as a whole percentage, rounded down (so 69.9 % never shows as 70 %). */
  percent: number;
  /** Whether `earned / total` reaches the quiz's pass mark. */
  passed: boolean;
  /** One entry per question, in quiz order. */
  questions: QuestionResult[];
}

/**
 * Grades a quiz. `responses` maps question ids to responses; a missing or invalid response
 * counts as unanswered and earns nothing.
 */
export function gradeQuiz(
  quiz: Pick<Quiz, 'questions' | 'passPercent'>,
  responses: Readonly<Record<string, ChoiceResponse>>,
): QuizResult {
  const questions = quiz.questions.map((question): QuestionResult => {
    const response = Object.hasOwn(responses, question.id) ? responses[question.id] : undefined;
    if (response === undefined || validateResponse(question, response).type === 'invalid') {
      return { questionId: question.id, outcome: 'unanswered', earned: 0, total: 1 };
    }
    const score = scoreResponse(question, response);
    return {
      questionId: question.id,
      outcome: score.correct ? 'correct' : 'incorrect',
      earned: score.earned,
      total: score.total,
    };
  });
  const earned = questions.reduce((sum, question) => sum + question.earned, 0);
  const total = questions.reduce((sum, question) => sum + question.total, 0);
  return {
    earned,
    total,
    percent: total === 0 ? 0 : Math.floor((earned * 100) / total),
    passed: total > 0 && earned * 100 >= quiz.passPercent * total,
    questions,
  };
}
