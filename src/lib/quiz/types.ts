import type { Question, QuestionType } from '../../schemas/quiz';

/**
 * A learner's answer to a choice question: the ids of the selected options, in any order.
 * True-false answers use the ids `"true"` and `"false"`.
 */
export type ChoiceResponse = readonly string[];

/** Why a response cannot be checked yet. The island turns each code into words (`src/i18n`). */
export type ValidationCode =
  /** Nothing selected. */
  | 'no-selection'
  /** More than one option selected where only one may be. */
  | 'too-many-selected'
  /** An id that is not an option of the question (tampered or outdated stored answer). */
  | 'unknown-choice';

/** Answer to "can this response be checked?". */
export type Validation = { type: 'valid' } | { type: 'invalid'; code: ValidationCode };

/** Points a checked response earns. `correct` is true when it earns every point. */
export interface Score {
  type: 'points';
  earned: number;
  total: number;
  correct: boolean;
}

/** The question variant whose `type` is `T`. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** The pure functions a question type needs. Every type must have one (see `registry.ts`). */
export interface QuestionKind<T extends QuestionType> {
  /** Whether `response` can be checked; says why not with a code. */
  validate(question: QuestionOf<T>, response: ChoiceResponse): Validation;
  /** Points for a response that `validate` accepted. */
  score(question: QuestionOf<T>, response: ChoiceResponse): Score;
}
