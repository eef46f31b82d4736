import { describe, expect, it } from 'vitest';
import { buildRecord, recordFileName } from '../../../../src/lib/paths/record';
import { pathProgress, type CourseInput } from '../../../../src/lib/paths/status';
import type { Path } from '../../../../src/schemas/path';
import { applyLabRun } from '../../../../src/lib/progress/labs';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const course: CourseInput = {
  lessons: [{ id: 'iam/types', title: 'Types', minutes: 20, quiz: 'iam-types' }],
  quizzes: [{ id: 'iam-module', title: 'Module quiz: IAM', href: '/modules/iam/', minutes: 20 }],
};
const path: Path = {
  title: 'IAM',
  audience: 'a',
  summary: 's',
  steps: [{ lesson: 'iam/types' }, { quiz: 'iam-module', optional: true }],
};
const input = (
  progress = makeProgress([makeAttempt({ quizId: 'iam-types', earned: 2.5 })], { lessons: {} }),
) => ({
  pathId: 'iam',
  pathTitle: 'IAM',
  learnerName: 'Ada',
  status: pathProgress(path, progress, course),
  siteVersion: '0.1.0',
  generatedAt: '2026-12-01T10:00:00.000Z',
  attemptCount: 1,
  digest: 'ab'.repeat(32),
  digestInput: 'csa-attempts-v1',
});

describe('buildRecord', () => {
  it('records a completed path with each required step’s best full-attempt score', () => {
    expect(buildRecord(input())).toEqual({
      format: 'cloud-security-academy-completion-record',
      version: 1,
      selfAttested: true,
      learner: { name: 'Ada' },
      path: { id: 'iam', title: 'IAM' },
      startedAt: '2026-11-28T10:00:00.000Z',
      completedAt: '2026-11-28T10:00:00.000Z',
      steps: [
        {
          kind: 'lesson',
          id: 'iam/types',
          title: 'Types',
          quizId: 'iam-types',
          bestPercent: 83,
          doneAt: '2026-11-28T10:00:00.000Z',
        },
      ],
      siteVersion: '0.1.0',
      generatedAt: '2026-12-01T10:00:00.000Z',
      attempts: {
        count: 1,
        digest: { algorithm: 'SHA-256', input: 'csa-attempts-v1', value: 'ab'.repeat(32) },
      },
    });
  });

  it('records a required lab step with its best run and first completion, and waits for it', () => {
    const labPath: Path = { ...path, steps: [...path.steps, { lab: 'tls-only' }] };
    const labCourse: CourseInput = {
      ...course,
      labs: [{ id: 'tls-only', title: 'TLS only', minutes: 10, href: '/labs/tls-only/' }],
    };
    const quizDone = makeProgress([makeAttempt({ quizId: 'iam-types' })], { lessons: {} });
    const solved = { checksPassed: 2, checksTotal: 2, probesDenied: 1, probesTotal: 1, completed: true };
    const labDone = applyLabRun(quizDone, 'tls-only', solved, null, new Date('2026-11-30T08:00:00.000Z'));
    const forPath = (progress: typeof quizDone) => ({
      ...input(progress),
      status: pathProgress(labPath, progress, labCourse),
    });

    expect(buildRecord(forPath(quizDone))).toBeNull();
    const record = buildRecord(forPath(labDone));
    expect(record?.completedAt).toBe('2026-11-30T08:00:00.000Z');
    expect(record?.steps.at(-1)).toEqual({
      kind: 'lab',
      id: 'tls-only',
      title: 'TLS only',
      quizId: null,
      bestPercent: null,
      labBest: { checksPassed: 2, checksTotal: 2, probesDenied: 1, probesTotal: 1 },
      doneAt: '2026-11-30T08:00:00.000Z',
    });
    expect(record?.steps[0]).not.toHaveProperty('labBest');
  });

  it('makes no record of a path that is not complete', () => {
    expect(buildRecord(input(makeProgress([])))).toBeNull();
  });
});

describe('recordFileName', () => {
  it('names the path and the day', () => {
    expect(recordFileName('iam', '2026-12-01')).toBe('completion-record-iam-2026-12-01.json');
  });
});
