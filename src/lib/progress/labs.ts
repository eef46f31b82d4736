/**
 * Lab records (`Progress.labs`, since version 5): what one run of a lab's checks changes, which
 * run is the best, and what a stored record must look like to be read back.
 *
 * A run's outcome comes from the lab page (`runPolicyLab` or `gradeSpotLab` in `src/lib/labs/`):
 * checks passed of checks run, least-privilege probes denied of probes run (0 of 0 for a spot
 * lab), and whether the lab is completed (every check passed and every probe denied).
 */
import { isIsoTime } from '../core/time';
import { MAX_LAB_POLICY_LENGTH, type LabBest, type LabRecord, type Progress } from './types';

/** One run of a lab's checks, as the lab page grades it (the contract's `LabOutcome`). */
export interface LabRunOutcome extends LabBest {
  completed: boolean;
}

/** Most checks (or probes) one lab may have; far more than any lab asks. */
const MAX_REQUESTS = 1_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRequestCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_REQUESTS;

/** `value` with -0 made 0 (JSON can hold -0, which would not survive encoding and decoding again). */
const unsigned = (value: number): number => value + 0;

/**
 * A best run as stored: whole counts from 0, never more passed than run. Returns a fresh copy, or
 * null if anything is wrong.
 */
export function readLabBest(value: unknown): LabBest | null {
  if (!isRecord(value)) return null;
  const { checksPassed, checksTotal, probesDenied, probesTotal } = value;
  if (
    !isRequestCount(checksPassed) ||
    !isRequestCount(checksTotal) ||
    !isRequestCount(probesDenied) ||
    !isRequestCount(probesTotal) ||
    checksPassed > checksTotal ||
    probesDenied > probesTotal
  ) {
    return null;
  }
  return {
    checksPassed: unsigned(checksPassed),
    checksTotal: unsigned(checksTotal),
    probesDenied: unsigned(probesDenied),
    probesTotal: unsigned(probesTotal),
  };
}

const isPolicy = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length <= MAX_LAB_POLICY_LENGTH);

/** A stored lab record; returns a fresh copy, or null if any field is wrong. */
export function readLab(value: unknown): LabRecord | null {
  if (!isRecord(value)) return null;
  const { firstRunAt, lastRunAt, runs, completedAt, policy } = value;
  const best = readLabBest(value['best']);
  if (
    !isIsoTime(firstRunAt) ||
    !isIsoTime(lastRunAt) ||
    !Number.isSafeInteger(runs) ||
    (runs as number) < 1 ||
    !(completedAt === null || isIsoTime(completedAt)) ||
    best === null ||
    !isPolicy(policy)
  ) {
    return null;
  }
  return { firstRunAt, lastRunAt, runs: runs as number, completedAt, best, policy };
}

/** The four counts of `best`, in the order they rank: checks passed, probes denied, then totals. */
const rank = (best: LabBest): number[] => [
  best.checksPassed,
  best.probesDenied,
  best.checksTotal,
  best.probesTotal,
];

/**
 * Whether run `a` is strictly better than run `b`: more checks passed, then more probes denied.
 * Equal on both, the larger totals win, so which of two equal-looking runs is kept never depends
 * on the order they are compared in.
 */
export function isBetterLabRun(a: LabBest, b: LabBest): boolean {
  const ra = rank(a);
  const rb = rank(b);
  const index = ra.findIndex((count, i) => count !== rb[i]);
  return index >= 0 && (ra[index] as number) > (rb[index] as number);
}

/** The better of two runs (`a` when they are equal). */
export const betterLabRun = (a: LabBest, b: LabBest): LabBest => (isBetterLabRun(b, a) ? b : a);

/** The policy text to keep: itself, or null when it is longer than `MAX_LAB_POLICY_LENGTH`. */
export const keptPolicy = (policy: string | null): string | null =>
  policy !== null && policy.length <= MAX_LAB_POLICY_LENGTH ? policy : null;

/**
 * Notes a run of lab `labId` at `now`: one more run, the latest run and its policy, the best run
 * so far, and the first completion (never undone by a later failing run). An outcome that could
 * not be stored (negative counts, more passed than run) changes nothing.
 */
export function applyLabRun(
  progress: Progress,
  labId: string,
  outcome: LabRunOutcome,
  policy: string | null,
  now: Date,
): Progress {
  const run = readLabBest(outcome);
  if (run === null) return progress;
  const at = now.toISOString();
  const previous = Object.hasOwn(progress.labs, labId) ? progress.labs[labId] : undefined;
  const record: LabRecord = {
    firstRunAt: previous?.firstRunAt ?? at,
    lastRunAt: at,
    runs: (previous?.runs ?? 0) + 1,
    completedAt: previous?.completedAt ?? (outcome.completed ? at : null),
    best: previous === undefined ? run : betterLabRun(previous.best, run),
    policy: keptPolicy(policy),
  };
  return { ...progress, labs: { ...progress.labs, [labId]: record } };
}

/** Where the learner is with one lab. */
export type LabStatus = 'not-started' | 'in-progress' | 'completed';

/** The status of lab `labId` in `progress`. */
export function labStatus(progress: Progress, labId: string): LabStatus {
  const lab = Object.hasOwn(progress.labs, labId) ? progress.labs[labId] : undefined;
  if (lab === undefined) return 'not-started';
  return lab.completedAt === null ? 'in-progress' : 'completed';
}

/** Whether lab `labId` is completed in `progress`. */
export const isLabCompleted = (progress: Progress, labId: string): boolean =>
  labStatus(progress, labId) === 'completed';

/** A lab of the course as the dashboard lists it. */
export interface CourseLab {
  id: string;
  title: string;
}

/** One started lab on the dashboard. */
export interface StartedLab extends CourseLab {
  status: 'in-progress' | 'completed';
  best: LabBest;
  runs: number;
  lastRunAt: string;
}

/** The labs part of the dashboard: how many of the course's labs are completed, and each started one. */
export interface LabsSummary {
  completed: number;
  total: number;
  /** Labs run at least once, in the course's order. */
  started: StartedLab[];
}

/**
 * Where the learner is with the course's labs (`labs`, in the order shown). Records of labs the
 * course no longer has are left out.
 */
export function summarizeLabs(progress: Progress, labs: readonly CourseLab[]): LabsSummary {
  const started = labs.flatMap(({ id, title }): StartedLab[] => {
    const record = Object.hasOwn(progress.labs, id) ? progress.labs[id] : undefined;
    if (record === undefined) return [];
    const status = record.completedAt === null ? 'in-progress' : 'completed';
    return [{ id, title, status, best: record.best, runs: record.runs, lastRunAt: record.lastRunAt }];
  });
  return {
    completed: started.filter((lab) => lab.status === 'completed').length,
    total: labs.length,
    started,
  };
}
