import type { Question, QuestionType } from '../../schemas/quiz';
import type { Random } from './random';

/**
 * A learner's answer to a choice question (single-choice, multiple-choice, true-false): the ids
 * of the selected options, in any order. True-false answers use the ids `"true"` and `"false"`.
 */
export type ChoiceResponse = readonly string[];

/** A learner's answer to a categorize question: bucket id by item id. */
export type CategorizeResponse = Readonly<Record<string, string>>;

/** A learner's answer to an ordering question: every step id, in the learner's order. */
export type OrderingResponse = readonly string[];

/**
 * A learner's answer to a spot question: the picked line's 1-based number as a decimal string and
 * the picked reason's id under the keys `line` and `reason`, e.g. `{ line: "7", reason: "b" }`;
 * either may be missing. A plain object of ids like a categorize response, so stored progress,
 * export and import keep it as it is.
 */
export type SpotResponse = Readonly<Record<string, string>>;

/** The response shape of each question type. */
export interface ResponseMap {
  'single-choice': ChoiceResponse;
  'multiple-choice': ChoiceResponse;
  'true-false': ChoiceResponse;
  categorize: CategorizeResponse;
  ordering: OrderingResponse;
  spot: SpotResponse;
}

/**
 * Any response, as stored with an attempt. Validators check its shape at run time, since stored
 * answers can be outdated or tampered with.
 */
export type Response = ResponseMap[QuestionType];

/** Why a response cannot be checked yet. The island turns each code into words (`src/i18n`). */
export type ValidationCode =
  /** Nothing selected. */
  | 'no-selection'
  /** More than one option selected where only one may be. */
  | 'too-many-selected'
  /**
   * Some items of a categorize question are not in a bucket yet, or an ordering response does not
   * list every step exactly once.
   */
  | 'incomplete'
  /** An id that is not part of the question (tampered or outdated stored answer). */
  | 'unknown-choice'
  /** A response of the wrong shape for the question type (tampered or outdated stored answer). */
  | 'invalid-response';

/** Answer to "can this response be checked?". */
export type Validation = { type: 'valid' } | { type: 'invalid'; code: ValidationCode };

/**
 * Points a checked response earns. Every question is worth 1 point; categorize and ordering give
 * partial credit, so `earned` is a fraction from 0 to 1. `correct` is true when it earns every point.
 */
export interface Score {
  type: 'points';
  earned: number;
  total: number;
  correct: boolean;
}

/** The question variant whose `type` is `T`. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/**
 * What a checked or graded answer amounts to, for the words and colours the learner sees and for
 * the review schedule: every point, some of them (partial credit), or none.
 */
export type Verdict = 'correct' | 'partial' | 'incorrect';

/** Labels for the two options of a true-false question. */
export interface TrueFalseLabels {
  true: string;
  false: string;
}

/**
 * Everything about one question type, Perseus style: the island and the results ask the kind and
 * never decide by `question.type` themselves. Every type must have one (see `registry.ts`).
 */
export interface QuestionKind<T extends QuestionType> {
  /**
   * Whether `response` can be checked; says why not with a code. Checks the shape too. A response
   * that passes counts as answered, in practice and in exams alike.
   */
  validate(question: QuestionOf<T>, response: Response): Validation;
  /** Points for a response; a response `validate` rejects earns 0. */
  score(question: QuestionOf<T>, response: Response): Score;
  /**
   * The response before the learner does anything, given the order the parts are shown in: no
   * selection, no item sorted, or (ordering) the steps as shown, which count as an answer.
   */
  initial(question: QuestionOf<T>, shown: readonly string[]): Response;
  /** The ids of the question's parts in display order for one attempt, drawn from `random`. */
  arrange(question: QuestionOf<T>, random: Random): string[];
  /** A response in plain text for the results; `—` when nothing of it can be shown. */
  describe(question: QuestionOf<T>, response: Response | undefined, labels: TrueFalseLabels): string;
  /** The right answer, as a response (so it is described like one). */
  answer(question: QuestionOf<T>): Response;
  /** What a score means: all-or-nothing types are never `partial`. */
  verdict(score: Score): Verdict;
}
