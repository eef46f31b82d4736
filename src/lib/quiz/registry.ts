import type { Question, QuestionType } from '../../schemas/quiz';
import type { ChoiceResponse, QuestionKind, Score, Validation } from './types';
import { singleChoice } from './single-choice';
import { multipleChoice } from './multiple-choice';
import { trueFalse } from './true-false';

/**
 * Every question type mapped to its validator and scorer. The mapped type makes a new type in
 * `QuestionSchema` without an entry here a compile error.
 */
export const questionKinds: { [T in QuestionType]: QuestionKind<T> } = {
  'single-choice': singleChoice,
  'multiple-choice': multipleChoice,
  'true-false': trueFalse,
};

// TypeScript cannot correlate `question.type` with the registry entry across a union, so the
// lookup is typed once here instead of cast at every call site.
function kindOf(question: Question): QuestionKind<QuestionType> {
  return questionKinds[question.type] as QuestionKind<QuestionType>;
}

/** Whether `response` to `question` can be checked, whatever the question's type. */
export function validateResponse(question: Question, response: ChoiceResponse): Validation {
  return kindOf(question).validate(question as never, response);
}

/** Points for `response` to `question`; call only after `validateResponse` said valid. */
export function scoreResponse(question: Question, response: ChoiceResponse): Score {
  return kindOf(question).score(question as never, response);
}
