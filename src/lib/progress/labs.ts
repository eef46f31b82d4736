/**
 * Lab records (`Progress.labs`, since version 5): what one run of a lab's checks changes, and
 * which run is the best.
 *
 * A run's outcome comes from the lab page (`runPolicyLab` or `gradeSpotLab` in `src/lib/labs/`):
 * checks passed of checks run, least-privilege probes denied of probes run (0 of 0 for a spot
 * lab), and whether the lab is completed (every check passed and every probe denied). A stored
 * record is read back by `readLab` in `decode.ts`.
 */
import { readLabBest } from './decode';
import { MAX_LAB_POLICY_LENGTH, type LabBest, type LabRecord, type Progress } from './types';

/** One run of a lab's checks, as the lab page grades it (the contract's `LabOutcome`). */
export interface LabRunOutcome extends LabBest {
  completed: boolean;
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
