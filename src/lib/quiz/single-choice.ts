import type { QuestionKind, QuestionOf, Response, Score, Validation } from './types';
import { correctChoiceIds, describeSelection, scoreExactSelection, validateSelection } from './choices';
import { allOrNothing } from './points';
import { idsOf, shuffled } from './random';

type SingleChoice = QuestionOf<'single-choice'>;

/**
 * A single-choice response can be checked when exactly one known option is selected. A response
 * that is not a list of ids is `invalid-response`.
 */
export function validateSingleChoice(question: SingleChoice, response: Response): Validation {
  return validateSelection(question, response, 1);
}

/** 1 point for the right option, 0 otherwise (also for a response that is not a list of ids). */
export function scoreSingleChoice(question: SingleChoice, response: Response): Score {
  return scoreExactSelection(question, response);
}

/** Nothing selected at first; options shuffled when the question's `shuffle` is on. */
export const singleChoice: QuestionKind<'single-choice'> = {
  validate: validateSingleChoice,
  score: scoreSingleChoice,
  initial: () => [],
  arrange: (question, random) =>
    question.shuffle ? shuffled(idsOf(question.choices), random) : idsOf(question.choices),
  describe: describeSelection,
  answer: correctChoiceIds,
  verdict: allOrNothing,
};
