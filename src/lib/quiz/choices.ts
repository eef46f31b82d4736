import type { Question } from '../../schemas/quiz';
import type { ChoiceResponse, Score, Validation } from './types';

/** An option as the learner sees it, with what the feedback says about it. */
export interface ChoiceView {
  id: string;
  text: string;
  correct: boolean;
  rationale: string;
}

/** Labels for the two options of a true-false question. */
export interface TrueFalseLabels {
  true: string;
  false: string;
}

/**
 * The options of any question, in the order they are shown. True-false questions always show
 * True, then False, with the ids `"true"` and `"false"`.
 */
export function listChoices(
  question: Question,
  labels: TrueFalseLabels = { true: 'True', false: 'False' },
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
export function correctChoiceIds(question: Question): string[] {
  return listChoices(question)
    .filter((choice) => choice.correct)
    .map((choice) => choice.id);
}

/**
 * Shared check for choice responses: something selected, only known ids, and at most
 * `maxSelected` of them. Repeated ids count once.
 */
export function validateSelection(
  question: Question,
  response: ChoiceResponse,
  maxSelected: number,
): Validation {
  const selected = new Set(response);
  if (selected.size === 0) return { type: 'invalid', code: 'no-selection' };
  const known = new Set(listChoices(question).map((choice) => choice.id));
  for (const id of selected) {
    if (!known.has(id)) return { type: 'invalid', code: 'unknown-choice' };
  }
  if (selected.size > maxSelected) return { type: 'invalid', code: 'too-many-selected' };
  return { type: 'valid' };
}

/** All or nothing: 1 point when the selected set equals the set of right options exactly. */
export function scoreExactSelection(question: Question, response: ChoiceResponse): Score {
  const selected = new Set(response);
  const correct = correctChoiceIds(question);
  const exact = selected.size === correct.length && correct.every((id) => selected.has(id));
  return { type: 'points', earned: exact ? 1 : 0, total: 1, correct: exact };
}
