import type { Question, QuestionType } from '../../schemas/quiz';
import type { QuestionKind, Response, Score, TrueFalseLabels, Validation, Verdict } from './types';
import type { Random } from './random';
import { singleChoice } from './single-choice';
import { multipleChoice } from './multiple-choice';
import { trueFalse } from './true-false';
import { categorize } from './categorize';
import { ordering } from './ordering';
import { spot } from './spot';

/**
 * Every question type mapped to its kind: validator, scorer, first response, arrangement,
 * description, answer and verdict. The mapped type makes a new type in `QuestionSchema` without
 * an entry here a compile error.
 */
export const questionKinds: { [T in QuestionType]: QuestionKind<T> } = {
  'single-choice': singleChoice,
  'multiple-choice': multipleChoice,
  'true-false': trueFalse,
  categorize,
  ordering,
  spot,
};

const DEFAULT_LABELS: TrueFalseLabels = { true: 'True', false: 'False' };

// TypeScript cannot correlate `question.type` with the registry entry across a union, so the
// lookup is typed once here instead of cast at every call site.
function kindOf(question: Question): QuestionKind<QuestionType> {
  return questionKinds[question.type] as QuestionKind<QuestionType>;
}

/**
 * Whether `response` to `question` can be checked, whatever the question's type. The response's
 * shape is checked too: a stored response of the wrong shape is `invalid-response`.
 */
export function validateResponse(question: Question, response: Response): Validation {
  return kindOf(question).validate(question as never, response);
}

/**
 * Whether `response` counts as an answer: it passes `validateResponse`. The same rule holds in
 * practice (where it may be checked) and in exams (the navigator, the review screen, grading).
 */
export function isAnswered(question: Question, response: Response | undefined): boolean {
  return response !== undefined && validateResponse(question, response).type === 'valid';
}

/**
 * Points for `response` to `question`: 1 point per question, a fraction of it for partly right
 * categorize and ordering responses. A response `validateResponse` rejects earns 0.
 */
export function scoreResponse(question: Question, response: Response): Score {
  return kindOf(question).score(question as never, response);
}

/** What `score` means for `question`'s type: correct, partial (partial-credit types) or incorrect. */
export function verdictOf(question: Question, score: Score): Verdict {
  return kindOf(question).verdict(score);
}

/**
 * The response to `question` before the learner does anything, with its parts shown in `shown`
 * order: no selection, nothing sorted, or for ordering the steps as shown (already an answer).
 */
export function initialResponse(question: Question, shown: readonly string[]): Response {
  return kindOf(question).initial(question as never, shown);
}

/** The display order of one question's parts, drawn from `random` (see `arrangeQuiz`). */
export function arrangeQuestion(question: Question, random: Random): string[] {
  return kindOf(question).arrange(question as never, random);
}

/**
 * A response in plain text, for the results review:
 *
 * - choice questions: the selected option texts in authored order, joined with `; `;
 * - categorize: `"<item text>: <bucket label>"` per item in authored order, joined with `; `
 *   (`—` for an item not placed);
 * - ordering: the step texts in the learner's order, joined with ` → `;
 * - spot: `Line 7 (`"Principal": "*"`), because <reason text>`.
 *
 * Nothing given, a response of the wrong shape or only unknown ids give `—`.
 */
export function describeResponse(
  question: Question,
  response: Response | undefined,
  labels: TrueFalseLabels = DEFAULT_LABELS,
): string {
  return kindOf(question).describe(question as never, response, labels);
}

/** The right answer in plain text, in the same format as `describeResponse`. */
export function describeAnswer(question: Question, labels: TrueFalseLabels = DEFAULT_LABELS): string {
  const kind = kindOf(question);
  return kind.describe(question as never, kind.answer(question as never), labels);
}

/**
 * The responses an attempt starts with: by question id, the first response of each question that
 * already counts as an answer (ordering questions, as shown). `order` is the arrangement's.
 */
export function initialResponses(
  questions: readonly Question[],
  order: Readonly<Record<string, readonly string[]>>,
): Record<string, Response> {
  const responses: Record<string, Response> = {};
  for (const question of questions) {
    const response = initialResponse(question, order[question.id] ?? []);
    if (isAnswered(question, response)) responses[question.id] = response;
  }
  return responses;
}
