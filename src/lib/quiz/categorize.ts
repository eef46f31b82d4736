import type { QuestionKind, QuestionOf, Response, Score, Validation } from './types';
import { noPoints, shareOfPoint } from './points';
import { isStringRecord } from './response-shape';

type Categorize = QuestionOf<'categorize'>;

/**
 * A categorize response can be checked when it places every item of the question, and only
 * those, in a bucket of the question. Checks run in order: the shape (an object of bucket ids by
 * item id), something placed, only known item and bucket ids, then every item placed.
 */
export function validateCategorize(question: Categorize, response: Response): Validation {
  if (!isStringRecord(response)) return { type: 'invalid', code: 'invalid-response' };
  const placed = Object.entries(response);
  if (placed.length === 0) return { type: 'invalid', code: 'no-selection' };
  const items = new Set(question.items.map((item) => item.id));
  const buckets = new Set(question.buckets.map((bucket) => bucket.id));
  if (placed.some(([item, bucket]) => !items.has(item) || !buckets.has(bucket))) {
    return { type: 'invalid', code: 'unknown-choice' };
  }
  if (placed.length < items.size) return { type: 'invalid', code: 'incomplete' };
  return { type: 'valid' };
}

/**
 * Partial credit: each item in its right bucket earns an equal share of the 1 point, rounded to
 * 2 decimals (3 of 4 earn 0.75). Correct only when every item is right. A response
 * `validateCategorize` rejects, including an incomplete one, earns nothing.
 */
export function scoreCategorize(question: Categorize, response: Response): Score {
  if (!isStringRecord(response) || validateCategorize(question, response).type === 'invalid') {
    return noPoints();
  }
  const right = question.items.filter((item) => response[item.id] === item.bucket).length;
  return shareOfPoint(right, question.items.length);
}

export const categorize: QuestionKind<'categorize'> = {
  validate: validateCategorize,
  score: scoreCategorize,
};
