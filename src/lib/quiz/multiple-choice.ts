import type { QuestionKind, QuestionOf, Response, Score, Validation } from './types';
import { scoreExactSelection, validateSelection } from './choices';

type MultipleChoice = QuestionOf<'multiple-choice'>;

/**
 * A multiple-choice response can be checked when at least one known option is selected. A
 * response that is not a list of ids is `invalid-response`.
 */
export function validateMultipleChoice(question: MultipleChoice, response: Response): Validation {
  return validateSelection(question, response, question.choices.length);
}

/**
 * All or nothing: 1 point only when every right option and no wrong one is selected. Partial
 * credit would reward selecting everything, which is what "select all that apply" tests against.
 */
export function scoreMultipleChoice(question: MultipleChoice, response: Response): Score {
  return scoreExactSelection(question, response);
}

export const multipleChoice: QuestionKind<'multiple-choice'> = {
  validate: validateMultipleChoice,
  score: scoreMultipleChoice,
};
