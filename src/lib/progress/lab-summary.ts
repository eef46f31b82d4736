/**
 * What the learner's lab records say, for the pages that show them: a lab's status, how many of
 * the course's labs are completed, and each started one (the dashboard's Labs section, the import
 * preview, the team report). Apart from `labs.ts`, which every page loads with stored progress, so
 * pages that show no lab do not carry this.
 */
import type { LabBest, Progress } from './types';

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
