import type { Question } from '../../schemas/quiz';
import type { QuestionOf, Response, Score, Validation } from './types';
import { noPoints } from './points';
import { isStringList, isStringRecord } from './response-shape';

/** A question answered by selecting options: single-choice, multiple-choice or true-false. */
export type ChoiceQuestion = QuestionOf<'single-choice' | 'multiple-choice' | 'true-false'>;

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

const DEFAULT_LABELS: TrueFalseLabels = { true: 'True', false: 'False' };

/** What `describeResponse` shows for a response with nothing in it. */
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

type Categorize = QuestionOf<'categorize'>;
type Ordering = QuestionOf<'ordering'>;

const joinOrNothing = (parts: readonly string[], separator: string) =>
  parts.length === 0 ? NOTHING : parts.join(separator);

/** `"<item text>: <bucket label>"` for every item, in authored order; `—` for an unplaced item. */
function describePlacements(question: Categorize, placements: Readonly<Record<string, string>>): string {
  const labels = new Map(question.buckets.map((bucket) => [bucket.id, bucket.label]));
  const labelOf = (itemId: string) => {
    const bucketId = Object.hasOwn(placements, itemId) ? placements[itemId] : undefined;
    return bucketId === undefined ? undefined : labels.get(bucketId);
  };
  if (question.items.every((item) => labelOf(item.id) === undefined)) return NOTHING;
  return question.items.map((item) => `${item.text}: ${labelOf(item.id) ?? NOTHING}`).join('; ');
}

/** The texts of the steps in `order`, joined with arrows; unknown ids are left out. */
function describeSteps(question: Ordering, order: readonly string[]): string {
  const texts = new Map(question.steps.map((step) => [step.id, step.text]));
  return joinOrNothing(
    order.flatMap((id) => texts.get(id) ?? []),
    ' → ',
  );
}

/**
 * A response in plain text, for the results review:
 *
 * - choice questions: the selected option texts in authored order, joined with `; `;
 * - categorize: `"<item text>: <bucket label>"` per item in authored order, joined with `; `
 *   (`—` for an item not placed);
 * - ordering: the step texts in the learner's order, joined with ` → `.
 *
 * Nothing given, a response of the wrong shape or only unknown ids give `—`.
 */
export function describeResponse(
  question: Question,
  response: Response | undefined,
  labels: TrueFalseLabels = DEFAULT_LABELS,
): string {
  switch (question.type) {
    case 'categorize':
      return describePlacements(question, isStringRecord(response) ? response : {});
    case 'ordering':
      return describeSteps(question, isStringList(response) ? response : []);
    default: {
      const selected = new Set(isStringList(response) ? response : []);
      const texts = listChoices(question, labels)
        .filter((choice) => selected.has(choice.id))
        .map((choice) => choice.text);
      return joinOrNothing(texts, '; ');
    }
  }
}

/** The right answer in plain text, in the same format as `describeResponse`. */
export function describeAnswer(question: Question, labels: TrueFalseLabels = DEFAULT_LABELS): string {
  switch (question.type) {
    case 'categorize':
      return describePlacements(
        question,
        Object.fromEntries(question.items.map((item) => [item.id, item.bucket])),
      );
    case 'ordering':
      return describeSteps(
        question,
        question.steps.map((step) => step.id),
      );
    default:
      return describeResponse(question, correctChoiceIds(question), labels);
  }
}
