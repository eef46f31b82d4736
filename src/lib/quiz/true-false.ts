import type { QuestionKind, QuestionOf, Response, Score, Validation } from './types';
import { correctChoiceIds, describeSelection, scoreExactSelection, validateSelection } from './choices';
import { allOrNothing } from './points';

type TrueFalse = QuestionOf<'true-false'>;

/**
 * A true-false response can be checked when exactly one of `"true"` and `"false"` is selected. A
 * response that is not a list of ids is `invalid-response`.
 */
export function validateTrueFalse(question: TrueFalse, response: Response): Validation {
  return validateSelection(question, response, 1);
}

/** 1 point when the selected value equals the statement's truth, 0 otherwise. */
export function scoreTrueFalse(question: TrueFalse, response: Response): Score {
  return scoreExactSelection(question, response);
}

/** Nothing selected at first; always shown True, then False. */
export const trueFalse: QuestionKind<'true-false'> = {
  validate: validateTrueFalse,
  score: scoreTrueFalse,
  initial: () => [],
  arrange: () => ['true', 'false'],
  describe: describeSelection,
  answer: correctChoiceIds,
  verdict: allOrNothing,
};
