import { applyLabRun, type LabRunOutcome } from '../lib/progress/labs';
import { updateProgress } from './progress';

// Kept out of progress.ts, which every page with progress loads at start: only a lab records runs.

/**
 * Notes a run of lab `labId`'s checks now: its outcome (checks passed, probes denied, completed)
 * and the learner's policy text (null for a spot lab; a text over 20,000 characters is kept as
 * null). Goes through `updateProgress`, so another tab's records are kept and a full or disabled
 * storage shows the usual notice while this tab keeps the run in memory.
 */
export function recordLabRun(labId: string, outcome: LabRunOutcome, policy: string | null): void {
  updateProgress((progress) => applyLabRun(progress, labId, outcome, policy, new Date()));
}
