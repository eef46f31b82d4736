import type { QuestionKind, QuestionOf, Response, Score, Validation } from './types';
import { joinOrNothing } from './choices';
import { noPoints, partialCredit, shareOfPoint } from './points';
import { idsOf, shuffled, type Random } from './random';
import { isStringList } from './response-shape';

type Ordering = QuestionOf<'ordering'>;

/**
 * An ordering response can be checked when it lists every step of the question exactly once.
 * Checks run in order: the shape (a list of step ids), something listed, only known ids, then
 * every step once (none missing, none repeated).
 */
export function validateOrdering(question: Ordering, response: Response): Validation {
  if (!isStringList(response)) return { type: 'invalid', code: 'invalid-response' };
  if (response.length === 0) return { type: 'invalid', code: 'no-selection' };
  const steps = new Set(idsOf(question.steps));
  if (response.some((id) => !steps.has(id))) return { type: 'invalid', code: 'unknown-choice' };
  if (response.length !== steps.size || new Set(response).size !== steps.size) {
    return { type: 'invalid', code: 'incomplete' };
  }
  return { type: 'valid' };
}

/**
 * Partial credit: each step in its right position earns an equal share of the 1 point, rounded
 * to 2 decimals (4 of 6 earn 0.67). Correct only when every step is in place. A response
 * `validateOrdering` rejects earns nothing, so repeating one step cannot collect points.
 */
export function scoreOrdering(question: Ordering, response: Response): Score {
  if (!isStringList(response) || validateOrdering(question, response).type === 'invalid') return noPoints();
  const right = question.steps.filter((step, index) => response[index] === step.id).length;
  return shareOfPoint(right, question.steps.length);
}

/** The step texts in the learner's order, joined with ` → `; unknown ids are left out. */
export function describeOrdering(question: Ordering, response: Response | undefined): string {
  const texts = new Map(question.steps.map((step) => [step.id, step.text]));
  const order = isStringList(response) ? response : [];
  return joinOrNothing(
    order.flatMap((id) => texts.get(id) ?? []),
    ' → ',
  );
}

/** The steps shuffled, never in their right order: a shuffle that lands on it is rotated by one. */
export function arrangeOrdering(question: Ordering, random: Random): string[] {
  const right = idsOf(question.steps);
  const order = shuffled(right, random);
  const solved = order.length >= 2 && order.every((id, index) => id === right[index]);
  return solved ? [...order.slice(1), ...order.slice(0, 1)] : order;
}

/**
 * The steps as shown are the learner's answer until they move one, in practice and in exams
 * alike: an ordering question is always answered.
 */
export const ordering: QuestionKind<'ordering'> = {
  validate: validateOrdering,
  score: scoreOrdering,
  initial: (_question, shown) => [...shown],
  arrange: arrangeOrdering,
  describe: describeOrdering,
  answer: (question) => idsOf(question.steps),
  verdict: partialCredit,
};
