import { describe, expect, it } from 'vitest';
import { isLabCompleted, labStatus } from '../../../../src/lib/progress/lab-summary';
import {
  applyLabRun,
  betterLabRun,
  isBetterLabRun,
  type LabRunOutcome,
} from '../../../../src/lib/progress/labs';
import { createEmptyProgress, type LabBest } from '../../../../src/lib/progress/types';

const LAB = 'read-one-bucket';
const T1 = new Date('2026-11-29T09:00:00.000Z');
const T2 = new Date('2026-11-29T09:05:00.000Z');
const T3 = new Date('2026-11-29T09:10:00.000Z');

const outcome = (overrides: Partial<LabRunOutcome> = {}): LabRunOutcome => ({
  checksPassed: 1,
  checksTotal: 3,
  probesDenied: 0,
  probesTotal: 2,
  completed: false,
  ...overrides,
});
const best = (checksPassed: number, probesDenied: number, checksTotal = 3, probesTotal = 2): LabBest => ({
  checksPassed,
  checksTotal,
  probesDenied,
  probesTotal,
});
const SOLVED = outcome({ checksPassed: 3, probesDenied: 2, completed: true });

describe('applyLabRun', () => {
  it('starts a record at the first run, with that run as the best and the policy as typed', () => {
    const next = applyLabRun(createEmptyProgress(), LAB, outcome(), '{ "Statement": [] }', T1);

    expect(next.labs).toEqual({
      [LAB]: {
        firstRunAt: T1.toISOString(),
        lastRunAt: T1.toISOString(),
        runs: 1,
        completedAt: null,
        best: best(1, 0),
        policy: '{ "Statement": [] }',
      },
    });
    expect(labStatus(next, LAB)).toBe('in-progress');
  });

  it('counts runs, keeps the best run and the first completion, and the latest policy', () => {
    let progress = applyLabRun(createEmptyProgress(), LAB, outcome(), 'first', T1);
    progress = applyLabRun(progress, LAB, SOLVED, 'solved', T2);
    progress = applyLabRun(progress, LAB, outcome({ checksPassed: 0 }), 'broken again', T3);

    expect(progress.labs[LAB]).toEqual({
      firstRunAt: T1.toISOString(),
      lastRunAt: T3.toISOString(),
      runs: 3,
      completedAt: T2.toISOString(),
      best: best(3, 2),
      policy: 'broken again',
    });
    expect(labStatus(progress, LAB)).toBe('completed');
    expect(isLabCompleted(progress, LAB)).toBe(true);
  });

  it('keeps a policy of exactly 20,000 characters and stores a longer one as null', () => {
    const kept = applyLabRun(createEmptyProgress(), LAB, outcome(), 'x'.repeat(20_000), T1);
    const long = applyLabRun(kept, LAB, outcome(), 'x'.repeat(20_001), T2);

    expect(kept.labs[LAB]?.policy).toHaveLength(20_000);
    expect(long.labs[LAB]?.policy).toBeNull();
    expect(long.labs[LAB]?.runs).toBe(2);
  });

  it('changes nothing for an outcome that could not be stored', () => {
    const progress = createEmptyProgress();

    for (const bad of [
      outcome({ checksPassed: 4 }),
      outcome({ probesDenied: -1 }),
      outcome({ checksTotal: 2.5 }),
      outcome({ probesTotal: Number.NaN }),
    ]) {
      expect(applyLabRun(progress, LAB, bad, null, T1)).toBe(progress);
    }
  });

  it('leaves other labs and the rest of the progress as they were', () => {
    const before = applyLabRun(createEmptyProgress(), 'other-lab', SOLVED, null, T1);
    const next = applyLabRun(before, LAB, outcome(), null, T2);

    expect(next.labs['other-lab']).toBe(before.labs['other-lab']);
    expect(next.attempts).toBe(before.attempts);
    expect(before.labs[LAB]).toBeUndefined();
  });

  it('records a lab named like an Object.prototype property as its own entry', () => {
    const next = applyLabRun(createEmptyProgress(), 'constructor', SOLVED, null, T1);

    expect(Object.keys(next.labs)).toEqual(['constructor']);
    expect(labStatus(createEmptyProgress(), 'constructor')).toBe('not-started');
  });
});

describe('isBetterLabRun and betterLabRun', () => {
  it('prefers more checks passed, then more probes denied', () => {
    expect(isBetterLabRun(best(3, 0), best(2, 2))).toBe(true);
    expect(isBetterLabRun(best(2, 2), best(3, 0))).toBe(false);
    expect(isBetterLabRun(best(2, 2), best(2, 1))).toBe(true);
    expect(betterLabRun(best(2, 1), best(2, 2))).toEqual(best(2, 2));
  });

  it('breaks a tie by the larger totals, so the pick does not depend on the order', () => {
    expect(betterLabRun(best(2, 1, 3), best(2, 1, 4))).toEqual(best(2, 1, 4));
    expect(betterLabRun(best(2, 1, 4), best(2, 1, 3))).toEqual(best(2, 1, 4));
    expect(isBetterLabRun(best(2, 1), best(2, 1))).toBe(false);
  });
});
