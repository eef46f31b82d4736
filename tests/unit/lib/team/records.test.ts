import { describe, expect, it } from 'vitest';
import { attemptsDigestInput } from '../../../../src/lib/paths/digest';
import { buildRecord } from '../../../../src/lib/paths/record';
import { pathProgress, recordAttempts } from '../../../../src/lib/paths/status';
import type { TeamCourse, TeamMember } from '../../../../src/lib/team/report';
import { decodeRecord, recordChecks, type RecordSummary } from '../../../../src/lib/team/records';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const PATH = {
  title: 'Basics',
  audience: 'New engineers',
  summary: 'One lesson.',
  steps: [{ lesson: 'shared-responsibility/basics' }],
};
const COURSE: TeamCourse = {
  finalQuiz: 'final-assessment',
  modules: [],
  paths: [{ id: 'basics', title: 'Basics', path: PATH }],
  pathCourse: {
    lessons: [
      { id: 'shared-responsibility/basics', title: 'Basics', minutes: 20, quiz: 'shared-responsibility' },
    ],
    quizzes: [{ id: 'final-assessment', title: 'Final assessment', href: '/assessment/', minutes: 60 }],
  },
};
const DIGEST = 'a'.repeat(64);

/** A record file as the record page writes it, for `progress` on the basics path. */
function recordFile(
  name: string,
  progress = makeProgress([makeAttempt({ id: 'r1' })]),
  generatedAt = '2026-12-01T10:00:00.000Z',
) {
  const status = pathProgress(PATH, progress, COURSE.pathCourse);
  const record = buildRecord({
    pathId: 'basics',
    pathTitle: 'Basics',
    learnerName: name,
    status,
    siteVersion: '0.1.0',
    generatedAt,
    attemptCount: recordAttempts(progress, status, generatedAt).length,
    digest: DIGEST,
    digestInput: 'csa-attempts-v1',
  });
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

describe('decodeRecord', () => {
  it('reads a record the record page writes', () => {
    expect(decodeRecord(recordFile('Ada'))).toEqual({
      learner: 'Ada',
      pathId: 'basics',
      pathTitle: 'Basics',
      completedAt: expect.any(String) as string,
      generatedAt: '2026-12-01T10:00:00.000Z',
      digest: DIGEST,
    });
  });

  it.each([
    ['not an object', 'text'],
    ['another format', { ...recordFile('Ada'), format: 'csa-progress' }],
    ['a newer version', { ...recordFile('Ada'), version: 2 }],
    ['no learner name', { ...recordFile('Ada'), learner: { name: ' ' } }],
    ['no path', { ...recordFile('Ada'), path: null }],
    ['a bad completion time', { ...recordFile('Ada'), completedAt: 'yesterday' }],
    [
      'a digest that is not SHA-256 hex',
      { ...recordFile('Ada'), attempts: { count: 1, digest: { value: 'abc' } } },
    ],
  ])('refuses %s', (_what, value) => {
    expect(decodeRecord(value)).toBeNull();
  });
});

describe('recordChecks', () => {
  const passed = makeProgress([makeAttempt({ id: 'p1', finishedAt: '2026-11-30T10:00:00.000Z' })]);
  const later = makeProgress([
    makeAttempt({ id: 'p1', finishedAt: '2026-11-30T10:00:00.000Z' }),
    makeAttempt({ id: 'p2', finishedAt: '2026-12-02T10:00:00.000Z' }),
  ]);
  const member = (label: string, progress = passed, named = true): TeamMember => ({ label, named, progress });
  const record = (overrides: Partial<RecordSummary> = {}): RecordSummary => ({
    learner: 'Ada',
    pathId: 'basics',
    pathTitle: 'Basics',
    completedAt: '2026-11-30T10:00:00.000Z',
    generatedAt: '2026-12-01T10:00:00.000Z',
    digest: DIGEST,
    ...overrides,
  });
  const expected = attemptsDigestInput(passed.attempts);

  it('compares a record with each export of the learner of that name, case and spaces aside', () => {
    const [check] = recordChecks(
      [record({ learner: ' ada ' })],
      [member('Bo'), member('Ada'), member('ADA', later)],
      COURSE,
    );
    expect(check).toEqual({
      record: record({ learner: ' ada ' }),
      kind: 'check',
      // Attempts after the record was made leave its digest input unchanged.
      candidates: [
        { member: 1, input: expected },
        { member: 2, input: expected },
      ],
    });
  });

  it('cannot check a record without a named export of its learner, or of a path the course lacks', () => {
    expect(recordChecks([record()], [member('Ada', passed, false)], COURSE)[0]?.kind).toBe('no-export');
    expect(recordChecks([record({ pathId: 'gone' })], [member('Ada')], COURSE)[0]?.kind).toBe('unknown-path');
  });

  it('checks a final-assessment record against the final assessment’s full attempts', () => {
    const final = makeProgress([
      makeAttempt({ id: 'f1', quizId: 'final-assessment', finishedAt: '2026-11-30T10:00:00.000Z' }),
      makeAttempt({
        id: 'f2',
        quizId: 'final-assessment',
        kind: 'retry',
        finishedAt: '2026-11-30T11:00:00.000Z',
      }),
    ]);
    const [check] = recordChecks(
      [record({ pathId: 'final-assessment', pathTitle: 'Final assessment' })],
      [member('Ada', final)],
      COURSE,
    );
    expect(check).toMatchObject({
      kind: 'check',
      candidates: [{ member: 0, input: attemptsDigestInput(final.attempts.slice(0, 1)) }],
    });
  });
});
