import type { LabBest } from '../progress/types';
import type { PathProgress } from './status';

/** Version of the completion record file; bump it when its shape changes. */
export const RECORD_VERSION = 1;

/** What the file says it is, so the team report can recognise one. */
export const RECORD_FORMAT = 'cloud-security-academy-completion-record';

/** One required step of a completed path, as the record shows it. */
export interface RecordStep {
  kind: 'lesson' | 'quiz' | 'lab';
  id: string;
  title: string;
  /** The quiz whose full attempts decided the step; null for a lab. */
  quizId: string | null;
  /** Best full-attempt percent (archived attempts included); null for a lab. */
  bestPercent: number | null;
  /** A lab step only: its best run (checks passed, least-privilege probes denied). */
  labBest?: LabBest;
  /** When the step was first done. */
  doneAt: string | null;
}

/**
 * A completion record: who (as the learner typed it), which path, when, each required step's best
 * full-attempt score (a lab step: its best run and first completion), the site version, and a SHA-256 digest of the full attempts it summarises
 * (see `attemptsDigestInput`). It is self-attested: the quiz data, answers included, is public,
 * and the learner's browser made it.
 */
export interface CompletionRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  selfAttested: true;
  learner: { name: string };
  path: { id: string; title: string };
  startedAt: string | null;
  completedAt: string;
  steps: RecordStep[];
  siteVersion: string;
  generatedAt: string;
  attempts: {
    /** Number of full attempts summarised (those kept in full; archived totals carry no answers). */
    count: number;
    digest: { algorithm: 'SHA-256'; input: string; value: string };
  };
}

export interface RecordInput {
  pathId: string;
  pathTitle: string;
  learnerName: string;
  status: PathProgress;
  siteVersion: string;
  generatedAt: string;
  attemptCount: number;
  /** Hex SHA-256 of `attemptsDigestInput(recordAttempts(...))`. */
  digest: string;
  /** The digest input's format tag (`DIGEST_FORMAT`). */
  digestInput: string;
}

/** The record of a completed path, or null while it is incomplete (there is nothing to attest). */
export function buildRecord(input: RecordInput): CompletionRecord | null {
  const { status } = input;
  if (!status.complete || status.completedAt === null) return null;
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    selfAttested: true,
    learner: { name: input.learnerName },
    path: { id: input.pathId, title: input.pathTitle },
    startedAt: status.startedAt,
    completedAt: status.completedAt,
    steps: status.steps
      .filter((step) => step.required)
      .map(({ kind, id, title, quizId, bestPercent, labBest, doneAt }) => ({
        kind,
        id,
        title,
        quizId,
        bestPercent,
        ...(labBest === null ? {} : { labBest: { ...labBest } }),
        doneAt,
      })),
    siteVersion: input.siteVersion,
    generatedAt: input.generatedAt,
    attempts: {
      count: input.attemptCount,
      digest: { algorithm: 'SHA-256', input: input.digestInput, value: input.digest },
    },
  };
}

/** A file name for the record: `completion-record-<path>-<day>.json`. */
export const recordFileName = (pathId: string, day: string): string =>
  `completion-record-${pathId}-${day}.json`;
