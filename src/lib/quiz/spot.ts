import type { QuestionKind, QuestionOf, Response, Score, SpotResponse, Validation } from './types';
import { NOTHING } from './choices';
import { noPoints, partialCredit } from './points';
import { idsOf, shuffled } from './random';
import { isStringRecord } from './response-shape';
import { spotCodeLines, spotSelectableLines } from './spot-lines';

type Spot = QuestionOf<'spot'>;

export { spotCodeLines, spotSelectableLines };

/** One line of a spot question's code as the renderer shows it. */
export interface SpotLine {
  /** 1-based line number. */
  number: number;
  /** The line as written, indentation kept. */
  text: string;
  /** Whether the learner may pick it (a radio button). */
  selectable: boolean;
  /** Whether it is one of the misconfigured lines. */
  wrong: boolean;
}

/** Every line of the code, in order (lines are never shuffled). */
export function listSpotLines(question: Spot): SpotLine[] {
  const selectable = new Set(spotSelectableLines(question.code, question.selectable));
  return spotCodeLines(question.code).map((text, index) => ({
    number: index + 1,
    text,
    selectable: selectable.has(index + 1),
    wrong: question.wrong.includes(index + 1),
  }));
}

const KEYS = new Set(['line', 'reason']);

/**
 * A spot response can be checked once a line or a reason is picked: `{ line: "7", reason: "b" }`,
 * either key alone allowed (it earns what it earns). Checks run in order: the shape (an object
 * with only `line` and `reason`, string values), something picked, then a selectable line number
 * and a reason id of the question (`unknown-choice` otherwise).
 */
export function validateSpot(question: Spot, response: Response): Validation {
  if (!isStringRecord(response) || Object.keys(response).some((key) => !KEYS.has(key))) {
    return { type: 'invalid', code: 'invalid-response' };
  }
  const { line, reason } = response;
  if (line === undefined && reason === undefined) return { type: 'invalid', code: 'no-selection' };
  const lines = spotSelectableLines(question.code, question.selectable).map(String);
  if (line !== undefined && !lines.includes(line)) return { type: 'invalid', code: 'unknown-choice' };
  if (reason !== undefined && !idsOf(question.reasons).includes(reason)) {
    return { type: 'invalid', code: 'unknown-choice' };
  }
  return { type: 'valid' };
}

/**
 * Half a point for picking a misconfigured line, half for the right reason: 0, 0.5 or 1. Correct
 * only with both. A response `validateSpot` rejects earns nothing.
 */
export function scoreSpot(question: Spot, response: Response): Score {
  if (validateSpot(question, response).type === 'invalid') return noPoints();
  const { line, reason } = response as SpotResponse;
  const lineRight = line !== undefined && question.wrong.includes(Number(line));
  const reasonRight = question.reasons.some((choice) => choice.correct && choice.id === reason);
  const earned = (lineRight ? 0.5 : 0) + (reasonRight ? 0.5 : 0);
  return { type: 'points', earned, total: 1, correct: earned === 1 };
}

/**
 * `Line 7 (`"Principal": "*"`), because <reason text>`; the line part or the reason part alone
 * when only one is picked; `—` when nothing known is picked or the response has the wrong shape.
 */
export function describeSpot(question: Spot, response: Response | undefined): string {
  const picked: SpotResponse = isStringRecord(response) ? response : {};
  const line = listSpotLines(question).find((entry) => String(entry.number) === picked['line']);
  const reason = question.reasons.find((choice) => choice.id === picked['reason']);
  const linePart = line === undefined ? undefined : `Line ${line.number} (\`${line.text.trim()}\`)`;
  // "because it opens…": a capital that starts an ordinary word is lowered, "AWS" or "S3" are not.
  const reasonPart =
    reason === undefined
      ? undefined
      : `because ${reason.text.replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase())}`;
  if (linePart === undefined) return reasonPart === undefined ? NOTHING : `No line picked, ${reasonPart}`;
  return reasonPart === undefined ? linePart : `${linePart}, ${reasonPart}`;
}

/** Nothing picked at first; reasons shuffled when the question's `shuffle` is on, lines never. */
export const spot: QuestionKind<'spot'> = {
  validate: validateSpot,
  score: scoreSpot,
  initial: () => ({}),
  arrange: (question, random) =>
    question.shuffle ? shuffled(idsOf(question.reasons), random) : idsOf(question.reasons),
  describe: describeSpot,
  answer: (question) => ({
    line: String(question.wrong[0]),
    reason: question.reasons.find((choice) => choice.correct)?.id ?? '',
  }),
  verdict: partialCredit,
};
