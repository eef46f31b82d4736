import type { ChoiceResponse, QuestionKind, QuestionOf, Score, Validation } from './types';
import { scoreExactSelection, validateSelection } from './choices';

type SingleChoice = QuestionOf<'single-choice'>;

/** A single-choice response can be checked when exactly one known option is selected. */
export function validateSingleChoice(question: SingleChoice, response: ChoiceResponse): Validation {
  return validateSelection(question, response, 1);
}

/** 1 point for the right option, 0 otherwise. */
export function scoreSingleChoice(question: SingleChoice, response: ChoiceResponse): Score {
  return scoreExactSelection(question, response);
}

export const singleChoice: QuestionKind<'single-choice'> = {
  validate: validateSingleChoice,
  score: scoreSingleChoice,
};
