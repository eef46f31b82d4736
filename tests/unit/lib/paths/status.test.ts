import { describe, expect, it } from 'vitest';
import {
  finalAssessmentPath,
  pathProgress,
  recordAttempts,
  requiredQuizIds,
  UnknownStepError,
  type CourseInput,
} from '../../../../src/lib/paths/status';
import type { Path } from '../../../../src/schemas/path';
import { applyLabRun } from '../../../../src/lib/progress/labs';
import type { Progress } from '../../../../src/lib/progress/types';
import { makeArchive, makeAttempt, makeProgress, makeQuizArchive } from '../../../fixtures/builders';

const course: CourseInput = {
  lessons: [
    {
      id: 'shared-responsibility/security-of-and-in-the-cloud',
      title: 'Of and in',
      minutes: 20,
      quiz: 'shared-responsibility',
    },
    { id: 'iam/policy-types', title: 'Policy types', minutes: 25, quiz: 'iam-policy-types' },
  ],
  quizzes: [
    { id: 'iam-module', title: 'Module quiz: IAM', href: '/modules/iam/', minutes: 20 },
    { id: 'final-assessment', title: 'Final assessment', href: '/assessment/', minutes: null },
  ],
  labs: [
    { id: 's3-read-one-prefix', title: 'Read one prefix', minutes: 15, href: '/labs/s3-read-one-prefix/' },
    { id: 'tls-only-bucket', title: 'TLS only', minutes: 10, href: '/labs/tls-only-bucket/' },
  ],
};

/** A path with a required lab and an optional one. */
const labPath: Path = {
  title: 'Labs',
  audience: 'Engineers',
  summary: 'Practice.',
  steps: [
    { quiz: 'iam-module' },
    { lab: 's3-read-one-prefix' },
    { lab: 'tls-only-bucket', optional: true, minutes: 5 },
  ],
};

const path: Path = {
  title: 'Onboarding',
  audience: 'New engineers',
  summary: 'The basics.',
  steps: [
    { lesson: 'shared-responsibility/security-of-and-in-the-cloud' },
    { lesson: 'iam/policy-types', optional: true },
    { quiz: 'iam-module' },
    { quiz: 'final-assessment', minutes: 60 },
  ],
};

describe('pathProgress', () => {
  it('lists each step with its kind, title, address, time and status before any work', () => {
    const result = pathProgress(path, makeProgress([], { lessons: {} }), course);
    expect(
      result.steps.map(({ kind, id, href, required, minutes, status, bestPercent }) => ({
        kind,
        id,
        href,
        required,
        minutes,
        status,
        bestPercent,
      })),
    ).toEqual([
      {
        kind: 'lesson',
        id: 'shared-responsibility/security-of-and-in-the-cloud',
        href: '/lessons/shared-responsibility/security-of-and-in-the-cloud/',
        required: true,
        minutes: 20,
        status: 'not-started',
        bestPercent: null,
      },
      {
        kind: 'lesson',
        id: 'iam/policy-types',
        href: '/lessons/iam/policy-types/',
        required: false,
        minutes: 25,
        status: 'not-started',
        bestPercent: null,
      },
      {
        kind: 'quiz',
        id: 'iam-module',
        href: '/modules/iam/',
        required: true,
        minutes: 20,
        status: 'not-started',
        bestPercent: null,
      },
      {
        kind: 'quiz',
        id: 'final-assessment',
        href: '/assessment/',
        required: true,
        minutes: 60,
        status: 'not-started',
        bestPercent: null,
      },
    ]);
    expect(result).toMatchObject({
      done: 0,
      required: 3,
      minutesLeft: 100,
      minutesTotal: 100,
      complete: false,
      startedAt: null,
      completedAt: null,
    });
    expect(result.next?.id).toBe('shared-responsibility/security-of-and-in-the-cloud');
  });

  it('counts a quiz without a time limit as 0 minutes unless the step sets minutes', () => {
    const result = pathProgress({ ...path, steps: [{ quiz: 'final-assessment' }] }, makeProgress(), course);
    expect(result.steps[0]?.minutes).toBe(0);
  });

  it('a visited lesson is started, and its visit starts the path', () => {
    const result = pathProgress(path, makeProgress(), course);
    expect(result.steps[0]?.status).toBe('started');
    expect(result.startedAt).toBe('2026-11-28T09:00:00.000Z');
  });

  it('a lesson is done when a full attempt at its quiz passed, with its best percent', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a', earned: 2, passed: false, finishedAt: '2026-11-28T10:00:00.000Z' }),
      makeAttempt({ id: 'b', earned: 3, passed: true, finishedAt: '2026-11-28T11:00:00.000Z' }),
    ]);
    const step = pathProgress(path, progress, course).steps[0];
    expect(step).toMatchObject({ status: 'done', bestPercent: 100, doneAt: '2026-11-28T11:00:00.000Z' });
  });

  it('a passed retry or review never makes a step done, but starts it', () => {
    const progress = makeProgress(
      [
        makeAttempt({ id: 'r', quizId: 'iam-module', kind: 'retry', passed: true }),
        makeAttempt({
          id: 'v',
          quizId: 'iam-module',
          kind: 'review',
          passed: true,
          finishedAt: '2026-11-27T10:00:00.000Z',
        }),
      ],
      { lessons: {} },
    );
    const result = pathProgress(path, progress, course);
    expect(result.steps[2]).toMatchObject({ status: 'started', bestPercent: null, doneAt: null });
    expect(result.startedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('skips optional steps for the next step and time left, then offers them once required ones are done', () => {
    const passes = [
      makeAttempt({ id: '1', quizId: 'shared-responsibility', finishedAt: '2026-11-20T10:00:00.000Z' }),
      makeAttempt({ id: '2', quizId: 'iam-module', finishedAt: '2026-11-22T10:00:00.000Z' }),
    ];
    const partway = pathProgress(path, makeProgress(passes), course);
    expect(partway).toMatchObject({ done: 2, required: 3, minutesLeft: 60, complete: false });
    expect(partway.next?.id).toBe('final-assessment');

    const all = [
      ...passes,
      makeAttempt({ id: '3', quizId: 'final-assessment', finishedAt: '2026-11-21T10:00:00.000Z' }),
    ];
    const complete = pathProgress(path, makeProgress(all), course);
    expect(complete).toMatchObject({
      done: 3,
      minutesLeft: 0,
      complete: true,
      completedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(complete.next?.id).toBe('iam/policy-types');
  });

  it('has no next step when every step is done', () => {
    const only: Path = { ...path, steps: [{ quiz: 'iam-module' }] };
    const result = pathProgress(only, makeProgress([makeAttempt({ quizId: 'iam-module' })]), course);
    expect(result.next).toBeNull();
    expect(result.completedAt).toBe('2026-11-28T10:00:00.000Z');
  });

  it('dates a pass kept only in the archive by the archive’s last attempt', () => {
    const archive = makeArchive({
      quizzes: { 'iam-module': makeQuizArchive({ passed: true, bestEarned: 3, bestTotal: 4 }) },
    });
    const only: Path = { ...path, steps: [{ quiz: 'iam-module' }] };
    const result = pathProgress(only, makeProgress([], { lessons: {}, archive }), course);
    expect(result.steps[0]).toMatchObject({
      status: 'done',
      bestPercent: 75,
      doneAt: '2026-11-01T10:00:00.000Z',
    });
    expect(result.startedAt).toBe('2026-11-01T10:00:00.000Z');
    expect(result.completedAt).toBe('2026-11-01T10:00:00.000Z');
  });

  it('an archived attempt that did not pass starts the step, and a later kept pass finishes it', () => {
    const archive = makeArchive({ quizzes: { 'iam-module': makeQuizArchive() } });
    const only: Path = { ...path, steps: [{ quiz: 'iam-module' }] };
    const before = pathProgress(only, makeProgress([], { lessons: {}, archive }), course);
    expect(before.steps[0]?.status).toBe('started');
    const after = pathProgress(
      only,
      makeProgress([makeAttempt({ quizId: 'iam-module' })], { lessons: {}, archive }),
      course,
    );
    expect(after.steps[0]).toMatchObject({ status: 'done', doneAt: '2026-11-28T10:00:00.000Z' });
    expect(after.startedAt).toBe('2026-11-01T10:00:00.000Z');
  });

  it('ignores a lesson record under a prototype name', () => {
    const weird: CourseInput = {
      ...course,
      lessons: [{ id: 'constructor', title: 'x', minutes: 1, quiz: 'x' }],
    };
    const result = pathProgress(
      { ...path, steps: [{ lesson: 'constructor' }] },
      makeProgress([], { lessons: {} }),
      weird,
    );
    expect(result.steps[0]?.status).toBe('not-started');
  });

  it('throws for a lesson, a quiz or a lab the course does not have', () => {
    expect(() => pathProgress({ ...path, steps: [{ lab: 'nope' }] }, makeProgress(), course)).toThrow(
      'No lab "nope" in the course.',
    );
    const { labs: _labs, ...noLabs } = course;
    expect(() => pathProgress(labPath, makeProgress(), noLabs)).toThrow(UnknownStepError);
    expect(() => pathProgress({ ...path, steps: [{ lesson: 'iam/nope' }] }, makeProgress(), course)).toThrow(
      UnknownStepError,
    );
    expect(() => pathProgress({ ...path, steps: [{ quiz: 'nope' }] }, makeProgress(), course)).toThrow(
      'No module quiz or final assessment "nope".',
    );
  });
});

describe('pathProgress: lab steps', () => {
  const failed = { checksPassed: 1, checksTotal: 3, probesDenied: 0, probesTotal: 2, completed: false };
  const solved = { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2, completed: true };
  const run = (progress: Progress, labId: string, outcome: typeof failed, at: string): Progress =>
    applyLabRun(progress, labId, outcome, null, new Date(at));
  const passed = makeProgress(
    [makeAttempt({ quizId: 'iam-module', finishedAt: '2026-11-28T10:00:00.000Z' })],
    {
      lessons: {},
    },
  );

  it('shows a lab step with its title, page and minutes, not started before a run', () => {
    const [, lab, extra] = pathProgress(labPath, makeProgress([], { lessons: {} }), course).steps;
    expect(lab).toMatchObject({
      kind: 'lab',
      id: 's3-read-one-prefix',
      quizId: null,
      title: 'Read one prefix',
      href: '/labs/s3-read-one-prefix/',
      minutes: 15,
      required: true,
      status: 'not-started',
      bestPercent: null,
      labBest: null,
      doneAt: null,
    });
    expect(extra).toMatchObject({ kind: 'lab', required: false, minutes: 5 });
  });

  it('a run starts the step and the path; a completion makes it done, whatever later runs gave', () => {
    const started = run(passed, 's3-read-one-prefix', failed, '2026-11-27T09:00:00.000Z');
    const startedStatus = pathProgress(labPath, started, course);
    expect(startedStatus.steps[1]).toMatchObject({ status: 'started', labBest: { checksPassed: 1 } });
    expect(startedStatus).toMatchObject({ done: 1, required: 2, complete: false, minutesLeft: 15 });
    expect(startedStatus.startedAt).toBe('2026-11-27T09:00:00.000Z');
    expect(startedStatus.next?.id).toBe('s3-read-one-prefix');

    const done = run(
      run(started, 's3-read-one-prefix', solved, '2026-11-29T09:00:00.000Z'),
      's3-read-one-prefix',
      failed,
      '2026-11-30T09:00:00.000Z',
    );
    const doneStatus = pathProgress(labPath, done, course);
    expect(doneStatus.steps[1]).toMatchObject({
      status: 'done',
      doneAt: '2026-11-29T09:00:00.000Z',
      labBest: { checksPassed: 3, probesDenied: 2 },
    });
    expect(doneStatus).toMatchObject({ done: 2, complete: true, completedAt: '2026-11-29T09:00:00.000Z' });
    expect(doneStatus.next?.id).toBe('tls-only-bucket');
  });

  it('ignores a lab record under a prototype name', () => {
    const weird: CourseInput = {
      ...course,
      labs: [{ id: 'constructor', title: 'x', minutes: 1, href: '/x/' }],
    };
    const result = pathProgress({ ...path, steps: [{ lab: 'constructor' }] }, makeProgress(), weird);
    expect(result.steps[0]?.status).toBe('not-started');
  });

  it('leaves labs out of the quizzes a completion record digests', () => {
    expect(requiredQuizIds(pathProgress(labPath, passed, course))).toEqual(['iam-module']);
  });
});

describe('recordAttempts', () => {
  it('keeps the full attempts at required steps’ quizzes, oldest first, ties by id', () => {
    const attempts = [
      makeAttempt({ id: 'c', quizId: 'final-assessment', finishedAt: '2026-11-29T10:00:00.000Z' }),
      makeAttempt({ id: 'b', quizId: 'iam-module', finishedAt: '2026-11-28T10:00:00.000Z' }),
      makeAttempt({ id: 'a', quizId: 'iam-module', finishedAt: '2026-11-28T10:00:00.000Z' }),
      makeAttempt({ id: 'a2', quizId: 'iam-module', finishedAt: '2026-11-28T10:00:00.000Z' }),
      makeAttempt({ id: 'r', quizId: 'iam-module', kind: 'retry' }),
      makeAttempt({ id: 'o', quizId: 'iam-policy-types' }),
      makeAttempt({ id: 'x', quizId: 'other' }),
    ];
    const progress = makeProgress(attempts);
    const status = pathProgress(path, progress, course);
    expect(requiredQuizIds(status)).toEqual(['shared-responsibility', 'iam-module', 'final-assessment']);
    expect(recordAttempts(progress, status).map((attempt) => attempt.id)).toEqual(['a', 'a2', 'b', 'c']);
    const reversed = makeProgress([...attempts].reverse());
    expect(recordAttempts(reversed, status).map((attempt) => attempt.id)).toEqual(['a', 'a2', 'b', 'c']);
  });
});

describe('recordAttempts until a time', () => {
  it('leaves out attempts finished after the record was made', () => {
    const progress = makeProgress([
      makeAttempt({ id: 'a', quizId: 'iam-module', finishedAt: '2026-11-28T10:00:00.000Z' }),
      makeAttempt({ id: 'b', quizId: 'iam-module', finishedAt: '2026-11-29T10:00:00.000Z' }),
    ]);
    const status = pathProgress(path, progress, course);
    const ids = (until: string) => recordAttempts(progress, status, until).map((attempt) => attempt.id);
    expect(ids('2026-11-28T10:00:00.000Z')).toEqual(['a']);
    expect(ids('2026-11-30T00:00:00.000Z')).toEqual(['a', 'b']);
  });
});

describe('finalAssessmentPath', () => {
  it('is a one-step path whose completion is the final assessment’s pass', () => {
    const final = finalAssessmentPath('Final assessment', 'final-assessment');
    const result = pathProgress(final, makeProgress([makeAttempt({ quizId: 'final-assessment' })]), course);
    expect(result).toMatchObject({ complete: true, done: 1, required: 1 });
  });
});
