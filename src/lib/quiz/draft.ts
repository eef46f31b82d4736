/**
 * Exam drafts: an exam in progress, kept in `csa:exam-draft` so a reload, a closed tab or a
 * link followed by mistake does not lose it. One draft per quiz id, stored as JSON:
 *
 * ```json
 * { "final-assessment": { "quizId": "final-assessment", "mode": "exam", "seed": 42,
 *   "questionIds": ["iam/a", "iam/b"], "order": { "iam/a": ["b", "a"], "iam/b": ["true", "false"] },
 *   "responses": { "iam/a": ["b"] }, "flagged": ["iam/b"], "confidence": {}, "askConfidence": false,
 *   "current": 1, "startedAt": "2026-12-01T10:00:00.000Z", "deadline": "2026-12-01T11:00:00.000Z",
 *   "timeLimitSeconds": 3600 } }
 * ```
 *
 * The deadline is a wall-clock time, so time spent away counts: an exam whose deadline passed is
 * graded as it was left. Stored text is untrusted: `decodeDrafts` drops any draft that is not
 * exactly this shape, and `draftFitsQuiz` (`draft-fit.ts`, loaded with the session) one whose
 * quiz has changed since.
 */
import { isIsoTime } from '../core/time';
import type { Confidence, QuizMode } from '../progress/types';
import { isStringList, isStringRecord } from './response-shape';
import type { Response } from './types';

/** An exam in progress, as stored. */
export interface ExamDraft {
  /** The quiz taken; also the draft's key in `ExamDrafts`. */
  quizId: string;
  mode: QuizMode;
  /** Seed of the arrangement (kept with the attempt when it is submitted). */
  seed: number;
  /** Questions asked, in the order shown. */
  questionIds: string[];
  /** By question id, its parts in display order. */
  order: Record<string, string[]>;
  /** The learner's responses so far, by question id. */
  responses: Record<string, Response>;
  /** Ids of the questions flagged for review. */
  flagged: string[];
  /** Confidence given so far, by question id. */
  confidence: Record<string, Confidence>;
  /** Whether the learner asked to rate their confidence. */
  askConfidence: boolean;
  /** Index of the question on screen when the draft was saved. */
  current: number;
  /** When the exam started, ISO 8601. */
  startedAt: string;
  /** When time runs out, ISO 8601 wall-clock time; null when untimed. */
  deadline: string | null;
  /** The time limit chosen, in seconds (for the warnings on the way); null when untimed. */
  timeLimitSeconds: number | null;
}

/** Every draft, by quiz id. */
export type ExamDrafts = Readonly<Record<string, ExamDraft>>;

/** What was wrong with stored drafts: not readable at all, or some drafts dropped. */
export type DraftProblem = 'unreadable' | 'invalid';

/** Drafts read from storage, and what was wrong with the text. */
export interface DecodedDrafts {
  value: ExamDrafts;
  problem: DraftProblem | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const MAX_ID = 200;
const MAX_QUESTIONS = 500;
const MAX_PARTS = 100;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID && ID.test(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
/** Whether every key of `record` is one of `ids` and every value passes `check`. */
const keyedBy = (record: unknown, ids: ReadonlySet<string>, check: (value: unknown) => boolean) =>
  isObject(record) && Object.entries(record).every(([key, value]) => ids.has(key) && check(value));

/** Whether `value` is a draft of exactly the stored shape, saved under `key`. */
export function isExamDraft(value: unknown, key: string): value is ExamDraft {
  if (!isObject(value)) return false;
  const { quizId, mode, seed, questionIds, order, responses, flagged, confidence } = value;
  const { askConfidence, current, startedAt, deadline, timeLimitSeconds } = value;
  if (quizId !== key || !isId(quizId) || (mode !== 'exam' && mode !== 'practice')) return false;
  if (!isCount(seed) || seed > 0xffffffff) return false;
  if (!isStringList(questionIds) || questionIds.length === 0 || questionIds.length > MAX_QUESTIONS) {
    return false;
  }
  const ids = new Set(questionIds);
  if (ids.size !== questionIds.length || !questionIds.every(isId)) return false;
  const parts = (list: unknown) => isStringList(list) && list.length <= MAX_PARTS;
  if (!keyedBy(order, ids, parts) || Object.keys(order as object).length !== ids.size) return false;
  if (!keyedBy(responses, ids, (response) => parts(response) || isStringRecord(response))) return false;
  if (!isStringList(flagged) || !flagged.every((id) => ids.has(id))) return false;
  if (!keyedBy(confidence, ids, (entry) => entry === 'sure' || entry === 'unsure')) return false;
  if (typeof askConfidence !== 'boolean' || !isCount(current) || current >= ids.size) return false;
  if (!isIsoTime(startedAt)) return false;
  if (deadline !== null && !(isIsoTime(deadline) && Date.parse(deadline) > Date.parse(startedAt))) {
    return false;
  }
  return timeLimitSeconds === null || (isCount(timeLimitSeconds) && timeLimitSeconds > 0);
}

/**
 * Reads stored drafts. Text that is not JSON, or not an object, gives no drafts and `unreadable`;
 * a draft of the wrong shape (tampered, or from another version) is dropped and the rest kept,
 * with `invalid`. Never throws.
 */
export function decodeDrafts(stored: string): DecodedDrafts {
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return { value: {}, problem: 'unreadable' };
  }
  if (!isObject(data)) return { value: {}, problem: 'unreadable' };
  const entries = Object.entries(data);
  const kept = entries.filter(([key, draft]) => isExamDraft(draft, key));
  return {
    value: Object.fromEntries(kept) as ExamDrafts,
    problem: kept.length === entries.length ? null : 'invalid',
  };
}

/** Drafts as stored text; undefined when there are none, so the key is removed. */
export function encodeDrafts(drafts: ExamDrafts): string | undefined {
  return Object.keys(drafts).length === 0 ? undefined : JSON.stringify(drafts);
}

/** `drafts` with `draft` stored under its quiz id (replacing any earlier one). */
export function withDraft(drafts: ExamDrafts, draft: ExamDraft): ExamDrafts {
  return { ...drafts, [draft.quizId]: draft };
}

/** `drafts` without the draft of `quizId`. */
export function withoutDraft(drafts: ExamDrafts, quizId: string): ExamDrafts {
  return Object.fromEntries(Object.entries(drafts).filter(([key]) => key !== quizId));
}

/** What the start panel says about a draft. */
export interface DraftSummary {
  /** Questions with something in their response (an ordering question's shown order counts). */
  answered: number;
  /** Questions asked. */
  total: number;
  /** Whole minutes left, rounded up; null when untimed. */
  minutesLeft: number | null;
  /** Whether the deadline has passed. */
  expired: boolean;
}

const isEmpty = (response: Response) =>
  Array.isArray(response) ? response.length === 0 : Object.keys(response).length === 0;

/** How far `draft` got and how much time is left at `now`, without the quiz's data. */
export function summarizeDraft(draft: ExamDraft, now: Date): DraftSummary {
  const answered = draft.questionIds.filter(
    (id) => Object.hasOwn(draft.responses, id) && !isEmpty(draft.responses[id] as Response),
  ).length;
  const left = draft.deadline === null ? null : Date.parse(draft.deadline) - now.getTime();
  return {
    answered,
    total: draft.questionIds.length,
    minutesLeft: left === null ? null : Math.max(0, Math.ceil(left / 60_000)),
    expired: left !== null && left <= 0,
  };
}
