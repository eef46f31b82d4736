import type { QuestionKind, QuestionOf, Response, Score, Validation } from './types';
import { correctChoiceIds, describeSelection, scoreExactSelection, validateSelection } from './choices';
import { allOrNothing } from './points';
import { idsOf, shuffled } from './random';

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

/** Nothing selected at first; options shuffled when the question's `shuffle` is on. */
export const multipleChoice: QuestionKind<'multiple-choice'> = {
  validate: validateMultipleChoice,
  score: scoreMultipleChoice,
  initial: () => [],
  arrange: (question, random) =>
    question.shuffle ? shuffled(idsOf(question.choices), random) : idsOf(question.choices),
  describe: describeSelection,
  answer: correctChoiceIds,
  verdict: allOrNothing,
};
