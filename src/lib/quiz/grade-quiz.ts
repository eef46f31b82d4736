import type { Question, Quiz, Tags } from '../../schemas/quiz';
import type { Response, Verdict } from './types';
import { scoreResponse, validateResponse } from './registry';
import { roundPoints } from '../core/numbers';

/**
 * How one question of a graded quiz went. `incorrect` includes partly right categorize and
 * ordering answers: see `earned` for the credit they got.
 */
export type QuestionOutcome = 'correct' | 'incorrect' | 'unanswered';

/** One question's line in a quiz result. */
export interface QuestionResult {
  questionId: string;
  outcome: QuestionOutcome;
  /** Points earned, from 0 to 1 in steps of 0.01. */
  earned: number;
  /** Points available: always 1. */
  total: number;
  /** The question's tags (area, difficulty, module, SEC question, exam domain), for `scoreByTag`. */
  tags: Tags;
}

/** The result of a whole quiz. */
export interface QuizResult {
  /** Points earned over the questions asked, rounded to 2 decimals. */
  earned: number;
  /** Points available over the questions asked: one per question. */
  total: number;
  /** `earned / total` as a whole percentage, rounded down (so 69.9 % never shows as 70 %). */
  percent: number;
  /** Whether `earned / total` reaches the quiz's pass mark. */
  passed: boolean;
  /** One entry per question asked, in the order asked. */
  questions: QuestionResult[];
}

/** How sure the learner said they were of an answer. */
export type Confidence = 'sure' | 'unsure';

/** Points earned and available for one tag. */
export interface TagTotal {
  earned: number;
  total: number;
}

function gradeQuestion(question: Question, response: Response | undefined): QuestionResult {
  const { id: questionId, tags } = question;
  if (response === undefined || validateResponse(question, response).type === 'invalid') {
    return { questionId, outcome: 'unanswered', earned: 0, total: 1, tags };
  }
  const score = scoreResponse(question, response);
  return {
    questionId,
    outcome: score.correct ? 'correct' : 'incorrect',
    earned: score.earned,
    total: score.total,
    tags,
  };
}

/**
 * Grades the questions an attempt asked. `questionIds` are the questions asked, in the order
 * asked (see `arrangeQuiz`); ids the quiz does not have (removed since) and repeats are skipped.
 * `responses` maps question ids to responses; a missing or invalid response counts as unanswered
 * and earns nothing.
 *
 * Each question is worth 1 point and partly right answers earn a fraction of it. Totals are kept
 * to 2 decimals, and the pass mark is compared in hundredths of a point, so 0.7 of 1 passes at
 * 70 % despite float rounding.
 */
export function gradeQuiz(
  quiz: Pick<Quiz, 'questions' | 'passPercent'>,
  questionIds: readonly string[],
  responses: Readonly<Record<string, Response>>,
): QuizResult {
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  const graded = new Set<string>();
  const questions: QuestionResult[] = [];
  for (const id of questionIds) {
    const question = byId.get(id);
    if (question === undefined || graded.has(id)) continue;
    graded.add(id);
    questions.push(gradeQuestion(question, Object.hasOwn(responses, id) ? responses[id] : undefined));
  }
  const earned = roundPoints(questions.reduce((sum, question) => sum + question.earned, 0));
  const total = questions.reduce((sum, question) => sum + question.total, 0);
  // In whole hundredths of a point, so the comparisons below are exact integer arithmetic.
  const hundredths = Math.round(earned * 100);
  return {
    earned,
    total,
    percent: total === 0 ? 0 : Math.floor(hundredths / total),
    passed: total > 0 && hundredths >= quiz.passPercent * total,
    questions,
  };
}

/**
 * Points by tag, keyed `area:<area>`, `difficulty:<level>`, `module:<module>`, `sec:<1–11>` (the
 * security pillar question) and `domain:<exam domain>`, where the module is the question's own
 * (`tags.module`, set when quizzes are composed) or else `moduleId`, and `sec` appears for the
 * questions that carry one; sums are rounded to 2 decimals. Keys appear in the order first met.
 */
export function scoreByTag(result: QuizResult, moduleId?: string): Record<string, TagTotal> {
  const totals: Record<string, TagTotal> = {};
  for (const question of result.questions) {
    const { area, difficulty, sec, domain } = question.tags;
    const keys = [`area:${area}`, `difficulty:${difficulty}`];
    const module = question.tags.module ?? moduleId;
    if (module !== undefined) keys.push(`module:${module}`);
    if (sec !== undefined) keys.push(`sec:${sec}`);
    keys.push(`domain:${domain}`);
    for (const key of keys) {
      const entry = (totals[key] ??= { earned: 0, total: 0 });
      entry.earned = roundPoints(entry.earned + question.earned);
      entry.total = roundPoints(entry.total + question.total);
    }
  }
  return totals;
}

/**
 * Ids of every question not fully right, unanswered and partly right included, in result order:
 * the questions for "Retry the ones I missed".
 */
export function missedQuestionIds(result: QuizResult): string[] {
  return result.questions
    .filter((question) => question.outcome !== 'correct')
    .map((question) => question.questionId);
}

/**
 * Ids of the questions answered but not fully right where the learner said they were sure, in
 * result order: the misconceptions worth revisiting first.
 */
export function confidentlyWrong(
  result: QuizResult,
  confidence: Readonly<Record<string, Confidence>>,
): string[] {
  return result.questions
    .filter(
      ({ questionId, outcome }) =>
        outcome === 'incorrect' && Object.hasOwn(confidence, questionId) && confidence[questionId] === 'sure',
    )
    .map((question) => question.questionId);
}

/**
 * How one result line reads: `unanswered`, or the verdict of its points. Only partial-credit types
 * can earn a fraction of a point, so a fraction is `partial`.
 */
export function lineVerdict(line: Pick<QuestionResult, 'outcome' | 'earned'>): Verdict | 'unanswered' {
  if (line.outcome === 'unanswered') return 'unanswered';
  if (line.outcome === 'correct') return 'correct';
  return line.earned > 0 ? 'partial' : 'incorrect';
}

/** A quiz result's outcomes by question id, as the review deck's `addMisses` takes them. */
export function outcomesOf(result: Pick<QuizResult, 'questions'>): Record<string, QuestionOutcome> {
  return Object.fromEntries(result.questions.map(({ questionId, outcome }) => [questionId, outcome]));
}
