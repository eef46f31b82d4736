import { describe, expect, it } from 'vitest';
import { summarizeLabs } from '../../../../src/lib/progress/lab-summary';
import { applyLabRun } from '../../../../src/lib/progress/labs';
import { createEmptyProgress } from '../../../../src/lib/progress/types';

const T1 = new Date('2026-11-29T09:00:00.000Z');
const T2 = new Date('2026-11-29T09:05:00.000Z');
const T3 = new Date('2026-11-29T09:10:00.000Z');
const SOLVED = { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2, completed: true };
const FAILED = { checksPassed: 1, checksTotal: 3, probesDenied: 0, probesTotal: 2, completed: false };

describe('summarizeLabs', () => {
  const COURSE = [
    { id: 'read-one-bucket', title: 'Read one bucket' },
    { id: 'tls-only', title: 'TLS only' },
    { id: 'spot-public', title: 'Spot the public bucket' },
  ];

  it('counts the completed labs of the course and lists the started ones in course order', () => {
    let progress = applyLabRun(createEmptyProgress(), 'spot-public', SOLVED, null, T1);
    progress = applyLabRun(progress, 'read-one-bucket', FAILED, 'x', T2);
    progress = applyLabRun(progress, 'removed-lab', SOLVED, null, T3);

    expect(summarizeLabs(progress, COURSE)).toEqual({
      completed: 1,
      total: 3,
      started: [
        {
          id: 'read-one-bucket',
          title: 'Read one bucket',
          status: 'in-progress',
          best: { checksPassed: 1, checksTotal: 3, probesDenied: 0, probesTotal: 2 },
          runs: 1,
          lastRunAt: T2.toISOString(),
        },
        {
          id: 'spot-public',
          title: 'Spot the public bucket',
          status: 'completed',
          best: { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2 },
          runs: 1,
          lastRunAt: T1.toISOString(),
        },
      ],
    });
  });

  it('is empty before any lab, and ignores a course lab named like a prototype property', () => {
    expect(summarizeLabs(createEmptyProgress(), [...COURSE, { id: 'constructor', title: 'x' }])).toEqual({
      completed: 0,
      total: 4,
      started: [],
    });
  });
});
