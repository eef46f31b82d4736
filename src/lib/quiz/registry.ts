import type { Question, QuestionType } from '../../schemas/quiz';
import type { QuestionKind, Response, Score, Validation } from './types';
import { singleChoice } from './single-choice';
import { multipleChoice } from './multiple-choice';
import { trueFalse } from './true-false';
import { categorize } from './categorize';
import { ordering } from './ordering';

/**
 * Every question type mapped to its validator and scorer. The mapped type makes a new type in
 * `QuestionSchema` without an entry here a compile error.
 */
export const questionKinds: { [T in QuestionType]: QuestionKind<T> } = {
  'single-choice': singleChoice,
  'multiple-choice': multipleChoice,
  'true-false': trueFalse,
  categorize,
  ordering,
};

// TypeScript cannot correlate `question.type` with the registry entry across a union, so the
// lookup is typed once here instead of cast at every call site.
function kindOf(question: Question): QuestionKind<QuestionType> {
  return questionKinds[question.type] as QuestionKind<QuestionType>;
}

/**
 * Whether `response` to `question` can be checked, whatever the question's type. The response's
 * shape is checked too: a stored response of the wrong shape is `invalid-response`.
 */
export function validateResponse(question: Question, response: Response): Validation {
  return kindOf(question).validate(question as never, response);
}

/**
 * Points for `response` to `question`: 1 point per question, a fraction of it for partly right
 * categorize and ordering responses. A response `validateResponse` rejects earns 0.
 */
export function scoreResponse(question: Question, response: Response): Score {
  return kindOf(question).score(question as never, response);
}
