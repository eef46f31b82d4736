import type { Question } from '../../schemas/quiz';
import type { QuestionOf, Response, Score, TrueFalseLabels, Validation } from './types';
import { noPoints } from './points';
import { isStringList } from './response-shape';

/** A question answered by selecting options: single-choice, multiple-choice or true-false. */
export type ChoiceQuestion = QuestionOf<'single-choice' | 'multiple-choice' | 'true-false'>;

/** An option as the learner sees it, with what the feedback says about it. */
export interface ChoiceView {
  id: string;
  text: string;
  correct: boolean;
  rationale: string;
}

export type { TrueFalseLabels };

const DEFAULT_LABELS: TrueFalseLabels = { true: 'True', false: 'False' };

/** What a description shows for a response with nothing in it. */
export const NOTHING = '—';

/** Whether `question` is answered by selecting options (so `listChoices` applies). */
export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return (
    question.type === 'single-choice' || question.type === 'multiple-choice' || question.type === 'true-false'
  );
}

/**
 * The options of a choice question, in their authored order. True-false questions always show
 * True, then False, with the ids `"true"` and `"false"`.
 */
export function listChoices(
  question: ChoiceQuestion,
  labels: TrueFalseLabels = DEFAULT_LABELS,
): ChoiceView[] {
  if (question.type === 'true-false') {
    return [true, false].map((value) => ({
      id: String(value),
      text: value ? labels.true : labels.false,
      correct: question.answer === value,
      rationale: value ? question.rationales.true : question.rationales.false,
    }));
  }
  return question.choices.map(({ id, text, correct, rationale }) => ({ id, text, correct, rationale }));
}

/** Ids of the options that are right. */
export function correctChoiceIds(question: ChoiceQuestion): string[] {
  return listChoices(question)
    .filter((choice) => choice.correct)
    .map((choice) => choice.id);
}

/**
 * Shared check for choice responses: a list of ids, something selected, only known ids, and at
 * most `maxSelected` of them. Repeated ids count once.
 */
export function validateSelection(
  question: ChoiceQuestion,
  response: Response,
  maxSelected: number,
): Validation {
  if (!isStringList(response)) return { type: 'invalid', code: 'invalid-response' };
  const selected = new Set(response);
  if (selected.size === 0) return { type: 'invalid', code: 'no-selection' };
  const known = new Set(listChoices(question).map((choice) => choice.id));
  for (const id of selected) {
    if (!known.has(id)) return { type: 'invalid', code: 'unknown-choice' };
  }
  if (selected.size > maxSelected) return { type: 'invalid', code: 'too-many-selected' };
  return { type: 'valid' };
}

/**
 * All or nothing: 1 point when the selected set equals the set of right options exactly. A
 * response that is not a list of ids earns nothing.
 */
export function scoreExactSelection(question: ChoiceQuestion, response: Response): Score {
  if (!isStringList(response)) return noPoints();
  const selected = new Set(response);
  const correct = correctChoiceIds(question);
  const exact = selected.size === correct.length && correct.every((id) => selected.has(id));
  return { type: 'points', earned: exact ? 1 : 0, total: 1, correct: exact };
}

/** `parts` joined with `separator`, or `—` when there are none. */
export const joinOrNothing = (parts: readonly string[], separator: string): string =>
  parts.length === 0 ? NOTHING : parts.join(separator);

/**
 * The selected option texts in authored order, joined with `; `; `—` when nothing known is
 * selected or the response is not a list of ids.
 */
export function describeSelection(
  question: ChoiceQuestion,
  response: Response | undefined,
  labels: TrueFalseLabels,
): string {
  const selected = new Set(isStringList(response) ? response : []);
  return joinOrNothing(
    listChoices(question, labels)
      .filter((choice) => selected.has(choice.id))
      .map((choice) => choice.text),
    '; ',
  );
}
