import type { QuestionKind, QuestionOf, Response, Score, Validation } from './types';
import { NOTHING } from './choices';
import { noPoints, partialCredit, shareOfPoint } from './points';
import { idsOf, shuffled } from './random';
import { isStringRecord } from './response-shape';

type Categorize = QuestionOf<'categorize'>;

/**
 * A categorize response can be checked once it sorts at least one item, and only items and
 * buckets of the question. Items left unsorted are allowed: they earn nothing (see
 * `scoreCategorize`), the same in practice and in exams. Checks run in order: the shape (an
 * object of bucket ids by item id), something placed, then only known item and bucket ids.
 */
export function validateCategorize(question: Categorize, response: Response): Validation {
  if (!isStringRecord(response)) return { type: 'invalid', code: 'invalid-response' };
  const placed = Object.entries(response);
  if (placed.length === 0) return { type: 'invalid', code: 'no-selection' };
  const items = new Set(idsOf(question.items));
  const buckets = new Set(idsOf(question.buckets));
  if (placed.some(([item, bucket]) => !items.has(item) || !buckets.has(bucket))) {
    return { type: 'invalid', code: 'unknown-choice' };
  }
  return { type: 'valid' };
}

/**
 * Partial credit: each item in its right bucket earns an equal share of the 1 point, rounded to
 * 2 decimals (3 of 4 earn 0.75); an item left unsorted earns nothing, so 2 of 4 sorted rightly
 * and 2 unsorted earn 0.5. Correct only when every item is right. A response
 * `validateCategorize` rejects earns nothing.
 */
export function scoreCategorize(question: Categorize, response: Response): Score {
  if (!isStringRecord(response) || validateCategorize(question, response).type === 'invalid') {
    return noPoints();
  }
  const right = question.items.filter((item) => response[item.id] === item.bucket).length;
  return shareOfPoint(right, question.items.length);
}

/**
 * `"<item text>: <bucket label>"` for every item, in authored order, joined with `; ` (`—` for an
 * item not placed); `—` alone when nothing is placed or the response is not an object of ids.
 */
export function describeCategorize(question: Categorize, response: Response | undefined): string {
  const placements = isStringRecord(response) ? response : {};
  const labels = new Map(question.buckets.map((bucket) => [bucket.id, bucket.label]));
  const labelOf = (itemId: string) =>
    Object.hasOwn(placements, itemId) ? labels.get(placements[itemId] as string) : undefined;
  if (question.items.every((item) => labelOf(item.id) === undefined)) return NOTHING;
  return question.items.map((item) => `${item.text}: ${labelOf(item.id) ?? NOTHING}`).join('; ');
}

/** Nothing sorted at first; items shuffled, buckets in their authored order. */
export const categorize: QuestionKind<'categorize'> = {
  validate: validateCategorize,
  score: scoreCategorize,
  initial: () => ({}),
  arrange: (question, random) => shuffled(idsOf(question.items), random),
  describe: describeCategorize,
  answer: (question) => Object.fromEntries(question.items.map((item) => [item.id, item.bucket])),
  verdict: partialCredit,
};
