import type { ChoiceResponse, QuestionKind, QuestionOf, Score, Validation } from './types';
import { scoreExactSelection, validateSelection } from './choices';

type TrueFalse = QuestionOf<'true-false'>;

/** A true-false response can be checked when exactly one of `"true"` and `"false"` is selected. */
export function validateTrueFalse(question: TrueFalse, response: ChoiceResponse): Validation {
  return validateSelection(question, response, 1);
}

/** 1 point when the selected value equals the statement's truth, 0 otherwise. */
export function scoreTrueFalse(question: TrueFalse, response: ChoiceResponse): Score {
  return scoreExactSelection(question, response);
}

export const trueFalse: QuestionKind<'true-false'> = {
  validate: validateTrueFalse,
  score: scoreTrueFalse,
};
