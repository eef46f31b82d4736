/**
 * Completion records on the team report: a lead loads a learner's record file next to their
 * export file, and the report says whether the two agree. A record carries the SHA-256 of the
 * full attempts it summarises (`attemptsDigestInput`); the report recomputes that input from the
 * export's attempts up to the record's `generatedAt`, and the island hashes and compares. A
 * record is self-attested: agreement shows the record and the export tell the same story, not
 * that the learner answered unaided.
 */
import { isIsoTime } from '../core/time';
import { attemptsDigestInput } from '../paths/digest';
import { RECORD_FORMAT, RECORD_VERSION } from '../paths/record';
import { finalAssessmentPath, pathProgress, recordAttempts } from '../paths/status';
import type { TeamCourse, TeamMember } from './report';

/** What the report reads of a completion record file. */
export interface RecordSummary {
  learner: string;
  pathId: string;
  pathTitle: string;
  completedAt: string;
  generatedAt: string;
  /** Lowercase hex SHA-256 of the attempts it summarises. */
  digest: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max;

/**
 * The record in a parsed JSON file, or null when the value is not a completion record of a
 * version this site reads (wrong format or version, a field missing or malformed).
 */
export function decodeRecord(value: unknown): RecordSummary | null {
  if (!isObject(value) || value['format'] !== RECORD_FORMAT || value['version'] !== RECORD_VERSION)
    return null;
  const { learner, path, completedAt, generatedAt, attempts } = value;
  if (!isObject(learner) || !isObject(path) || !isObject(attempts) || !isObject(attempts['digest']))
    return null;
  const digest = attempts['digest']['value'];
  if (
    !text(learner['name']) ||
    !text(path['id']) ||
    !text(path['title']) ||
    typeof completedAt !== 'string' ||
    !isIsoTime(completedAt) ||
    typeof generatedAt !== 'string' ||
    !isIsoTime(generatedAt) ||
    typeof digest !== 'string' ||
    !/^[0-9a-f]{64}$/.test(digest)
  ) {
    return null;
  }
  return {
    learner: learner['name'].trim(),
    pathId: path['id'],
    pathTitle: path['title'],
    completedAt,
    generatedAt,
    digest,
  };
}

/**
 * How to check one record: against the exports of the learners with the record's name (by index
 * in `members`), each with the digest input its attempts give; or why it cannot be checked.
 */
export type RecordCheck =
  | { record: RecordSummary; kind: 'check'; candidates: { member: number; input: string }[] }
  | { record: RecordSummary; kind: 'no-export' | 'unknown-path' };

/** Id a final-assessment record names as its path (see the record page). */
export const FINAL_RECORD_ID = 'final-assessment';

/**
 * For each record, the digest inputs to compare with it: one per loaded export whose learner has
 * the record's name (names compared as given, ignoring case and surrounding space). A record of
 * a path the course no longer has cannot be checked.
 */
export function recordChecks(
  records: readonly RecordSummary[],
  members: readonly TeamMember[],
  course: TeamCourse,
): RecordCheck[] {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return records.map((record): RecordCheck => {
    const path =
      record.pathId === FINAL_RECORD_ID
        ? finalAssessmentPath(record.pathTitle, course.finalQuiz)
        : course.paths.find((candidate) => candidate.id === record.pathId)?.path;
    if (path === undefined) return { record, kind: 'unknown-path' };
    const candidates = members.flatMap((member, index) => {
      if (!member.named || !same(member.label, record.learner)) return [];
      const status = pathProgress(path, member.progress, course.pathCourse);
      return [
        {
          member: index,
          input: attemptsDigestInput(recordAttempts(member.progress, status, record.generatedAt)),
        },
      ];
    });
    return candidates.length === 0 ? { record, kind: 'no-export' } : { record, kind: 'check', candidates };
  });
}
