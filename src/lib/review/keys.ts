/**
 * Keys of the review deck: one per question, the same whichever quiz asked it.
 *
 * A lesson quiz's question `least-privilege` in quiz `iam-policy-types` has the key
 * `iam-policy-types/least-privilege`. A module quiz or the final assessment pulls that question in
 * with the id `iam-policy-types/least-privilege` already (see `composeQuiz`), so it lands on the
 * same card however the learner met it.
 */

// One id as progress stores it: a kebab-case segment (see `src/lib/progress/decode.ts`).
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 200;

const isSegment = (value: string): boolean =>
  value.length <= MAX_ID_LENGTH && SEGMENT.test(value) && !Object.hasOwn(Object.prototype, value);

/**
 * The canonical key of a question across quizzes: a question id that already contains "/" (a
 * question pulled into a module quiz or the final assessment, `<lesson quiz>/<id>`) is its own
 * key; any other is `<quizId>/<questionId>`. It does not check the ids: see `isQuestionKey`.
 */
export function questionKey(quizId: string, questionId: string): string {
  return questionId.includes('/') ? questionId : `${quizId}/${questionId}`;
}

/**
 * Whether `value` is a well-formed key: two ids by the progress rules (kebab-case, at most 200
 * characters, not a name `Object.prototype` has) joined by exactly one "/". Such a key can never
 * reach an object's prototype.
 */
export function isQuestionKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = value.split('/');
  // No name Object.prototype has contains "/", so checking each part covers the whole key.
  return parts.length === 2 && parts.every(isSegment);
}
