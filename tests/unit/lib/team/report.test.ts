import { describe, expect, it } from 'vitest';
import {
  MAX_MISSED,
  bankId,
  buildTeamReport,
  questionBank,
  type TeamCourse,
  type TeamMember,
} from '../../../../src/lib/team/report';
import { applyLabRun } from '../../../../src/lib/progress/labs';
import { createEmptyProgress, type QuizAttempt } from '../../../../src/lib/progress/types';
import {
  makeArchive,
  makeAttempt,
  makeOrdering,
  makeProgress,
  makeQuizArchive,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

const TZ = 'UTC';

const COURSE: TeamCourse = {
  finalQuiz: 'final-assessment',
  modules: [
    {
      id: 'shared-responsibility',
      title: 'Shared responsibility',
      quiz: 'shared-responsibility-module',
      lessons: [
        { id: 'shared-responsibility/basics', title: 'Basics', href: '/l/1/', quiz: 'shared-responsibility' },
        { id: 'shared-responsibility/clouds', title: 'Clouds', href: '/l/2/', quiz: 'other-clouds' },
      ],
    },
    {
      id: 'iam',
      title: 'IAM',
      lessons: [{ id: 'iam/policies', title: 'Policies', href: '/l/3/', quiz: 'iam-policies' }],
    },
  ],
  paths: [
    {
      id: 'basics',
      title: 'Basics',
      path: {
        title: 'Basics',
        audience: 'New engineers',
        summary: 'The first lesson and the module quiz.',
        steps: [{ lesson: 'shared-responsibility/basics' }, { quiz: 'shared-responsibility-module' }],
      },
    },
  ],
  pathCourse: {
    lessons: [
      { id: 'shared-responsibility/basics', title: 'Basics', minutes: 20, quiz: 'shared-responsibility' },
    ],
    quizzes: [{ id: 'shared-responsibility-module', title: 'Module quiz', href: '/m/1/', minutes: 20 }],
  },
  labs: [{ id: 'read-one-bucket' }, { id: 'tls-only' }],
};

const BANK = questionBank([
  makeSingleChoice({ id: 'shared-responsibility/single' }),
  makeTrueFalse({ id: 'shared-responsibility/true-false' }),
  makeOrdering({ id: 'shared-responsibility-module/ordering' }),
  makeSingleChoice({ id: 'iam-policies/single' }),
  makeSingleChoice({ id: 'retired-quiz/single' }),
]);

const member = (label: string, attempts: QuizAttempt[], named = true): TeamMember => ({
  label,
  named,
  progress: makeProgress(attempts),
});

const wrongSingle = (id: string, finishedAt: string, quizId = 'shared-responsibility') =>
  makeAttempt({
    id,
    quizId,
    finishedAt,
    earned: 0,
    total: 1,
    passed: false,
    questionIds: ['single'],
    responses: { single: ['b'] },
    tagScores: { 'module:shared-responsibility': { earned: 0, total: 1 } },
  });

describe('bankId', () => {
  it('prefixes a lesson quiz’s own question with the quiz and keeps a pulled-in id', () => {
    expect(bankId('shared-responsibility', 'single')).toBe('shared-responsibility/single');
    expect(bankId('final-assessment', 'iam-policies/single')).toBe('iam-policies/single');
  });
});

describe('buildTeamReport: learners', () => {
  it('gives a row per learner with lessons, module quizzes, the final and the last active day', () => {
    const ada = member('Ada', [
      makeAttempt({ id: 'a1', finishedAt: '2026-11-20T10:00:00.000Z' }),
      makeAttempt({
        id: 'a2',
        quizId: 'shared-responsibility-module',
        finishedAt: '2026-11-21T10:00:00.000Z',
      }),
      makeAttempt({
        id: 'a3',
        quizId: 'final-assessment',
        finishedAt: '2026-11-29T10:00:00.000Z',
        earned: 2,
        total: 3,
        passed: false,
      }),
      makeAttempt({
        id: 'a4',
        quizId: 'iam-policies',
        kind: 'retry',
        finishedAt: '2026-11-30T10:00:00.000Z',
      }),
    ]);
    const report = buildTeamReport([ada], COURSE, BANK, TZ);
    expect(report.learners).toEqual([
      {
        label: 'Ada',
        named: true,
        started: true,
        lessonsDone: 1,
        lessonsTotal: 3,
        moduleQuizzesDone: 1,
        moduleQuizzesTotal: 1,
        labsCompleted: 0,
        labsTotal: 2,
        final: { best: 66, passed: false, attempts: 1 },
        lastActive: '2026-11-30',
        // The lesson's quiz and the module quiz passed in full: the path is complete.
        paths: [{ id: 'basics', done: 2, required: 2, started: true, complete: true }],
      },
    ]);
    expect(report.notStarted).toEqual([]);
  });

  it('counts archived passes and names a learner who has done nothing as not started', () => {
    const archived = {
      label: 'old-file.json',
      named: false,
      progress: {
        ...createEmptyProgress(),
        archive: makeArchive({
          quizzes: { 'final-assessment': makeQuizArchive({ passed: true, bestEarned: 3, bestTotal: 3 }) },
          days: { '2026-11-01': { attempts: 5, earned: 10, total: 15 } },
        }),
      },
    };
    const idle = { label: 'idle.json', named: false, progress: createEmptyProgress() };
    const report = buildTeamReport([archived, idle], COURSE, BANK, TZ);
    expect(
      report.learners.map(({ label, started, final, lastActive }) => ({ label, started, final, lastActive })),
    ).toEqual([
      {
        label: 'old-file.json',
        started: true,
        final: { best: 100, passed: true, attempts: 5 },
        lastActive: '2026-11-01',
      },
      {
        label: 'idle.json',
        started: false,
        final: { best: null, passed: false, attempts: 0 },
        lastActive: null,
      },
    ]);
    expect(report.notStarted).toEqual(['idle.json']);
  });

  it('gives each learner’s status on every path: a retry starts a step but never completes it', () => {
    const bo = member('Bo', [
      makeAttempt({
        id: 'b1',
        quizId: 'shared-responsibility',
        kind: 'retry',
        finishedAt: '2026-11-20T10:00:00.000Z',
      }),
    ]);
    const cy = member('Cy', [makeAttempt({ id: 'c1', finishedAt: '2026-11-21T10:00:00.000Z' })]);
    const report = buildTeamReport([bo, cy, member('Di', [])], COURSE, BANK, TZ);
    expect(report.learners.map((row) => row.paths)).toEqual([
      [{ id: 'basics', done: 0, required: 2, started: true, complete: false }],
      [{ id: 'basics', done: 1, required: 2, started: true, complete: false }],
      [{ id: 'basics', done: 0, required: 2, started: false, complete: false }],
    ]);
  });

  it('counts the labs of the course each learner completed; a lab run alone starts a learner', () => {
    const solved = { checksPassed: 2, checksTotal: 2, probesDenied: 1, probesTotal: 1, completed: true };
    const failed = { ...solved, checksPassed: 1, completed: false };
    const at = new Date('2026-11-20T10:00:00.000Z');
    let progress = applyLabRun(createEmptyProgress(), 'read-one-bucket', solved, null, at);
    progress = applyLabRun(progress, 'tls-only', failed, null, at);
    progress = applyLabRun(progress, 'removed-lab', solved, null, at);
    const onlyStarted = applyLabRun(createEmptyProgress(), 'tls-only', failed, null, at);
    const report = buildTeamReport(
      [
        { label: 'Eve', named: true, progress },
        { label: 'Fay', named: true, progress: onlyStarted },
      ],
      COURSE,
      BANK,
      TZ,
    );
    expect(
      report.learners.map(({ labsCompleted, labsTotal, started }) => ({ labsCompleted, labsTotal, started })),
    ).toEqual([
      { labsCompleted: 1, labsTotal: 2, started: true },
      { labsCompleted: 0, labsTotal: 2, started: true },
    ]);
    expect(report.notStarted).toEqual([]);
    const { labs: _labs, ...noLabs } = COURSE;
    const without = buildTeamReport([{ label: 'Eve', named: true, progress }], noLabs, BANK, TZ);
    expect(without.learners[0]).toMatchObject({ labsCompleted: 0, labsTotal: 0 });
  });

  it('reports nothing for an empty team', () => {
    expect(buildTeamReport([], COURSE, BANK, TZ)).toEqual({
      learners: [],
      heatMap: [
        { moduleId: 'shared-responsibility', cells: [], strong: 0 },
        { moduleId: 'iam', cells: [], strong: 0 },
      ],
      missed: [],
      notStarted: [],
    });
  });
});

describe('buildTeamReport: heat map', () => {
  it('gives each learner’s level and percentage per module, and counts the strong ones', () => {
    const strong = member('Ada', [makeAttempt()]);
    const weak = member('Bob', [wrongSingle('b1', '2026-11-20T10:00:00.000Z')]);
    const idle = { label: 'Cy', named: true, progress: createEmptyProgress() };
    const { heatMap } = buildTeamReport([strong, weak, idle], COURSE, BANK, TZ);
    expect(heatMap).toEqual([
      {
        moduleId: 'shared-responsibility',
        cells: [
          { level: 'proficient', percent: 100 },
          { level: 'attempted', percent: 0 },
          { level: 'not-started', percent: 0 },
        ],
        strong: 1,
      },
      {
        moduleId: 'iam',
        cells: [
          { level: 'not-started', percent: 0 },
          { level: 'not-started', percent: 0 },
          { level: 'not-started', percent: 0 },
        ],
        strong: 0,
      },
    ]);
  });
});

describe('buildTeamReport: questions most of the team got wrong', () => {
  it('lists a question a majority got wrong, with who answered it and the lesson that teaches it', () => {
    const team = [
      member('Ada', [wrongSingle('a1', '2026-11-20T10:00:00.000Z')]),
      member('Bob', [wrongSingle('b1', '2026-11-20T10:00:00.000Z')]),
      member('Cy', [makeAttempt({ id: 'c1' })]),
    ];
    const { missed } = buildTeamReport(team, COURSE, BANK, TZ);
    expect(missed).toEqual([
      {
        id: 'shared-responsibility/single',
        question: BANK.get('shared-responsibility/single'),
        wrong: 2,
        answered: 3,
        taughtIn: { kind: 'lesson', id: 'shared-responsibility/basics' },
      },
    ]);
  });

  it('counts each learner’s latest full-attempt answer only: a later right answer clears a miss', () => {
    const learner = member('Ada', [
      wrongSingle('a1', '2026-11-20T10:00:00.000Z'),
      makeAttempt({ id: 'a2', finishedAt: '2026-11-21T10:00:00.000Z' }),
      // A retry is practice: its wrong answer does not count.
      { ...wrongSingle('a3', '2026-11-22T10:00:00.000Z'), kind: 'retry' },
    ]);
    expect(buildTeamReport([learner], COURSE, BANK, TZ).missed).toEqual([]);
  });

  it('reads pulled-in ids of module quizzes and the final, names the module for a module quiz’s own question, and skips questions no longer in the bank', () => {
    const final = makeAttempt({
      id: 'f1',
      quizId: 'final-assessment',
      questionIds: ['shared-responsibility-module/ordering', 'iam-policies/single', 'gone/q'],
      responses: {
        'shared-responsibility-module/ordering': ['detect', 'prepare', 'contain', 'recover'],
        'iam-policies/single': ['c'],
        'gone/q': ['a'],
      },
    });
    const retired = makeAttempt({
      id: 'f2',
      quizId: 'retired-quiz',
      questionIds: ['single'],
      responses: { single: ['c'] },
    });
    const { missed } = buildTeamReport([member('Ada', [final, retired])], COURSE, BANK, TZ);
    expect(missed.map(({ id, taughtIn }) => ({ id, taughtIn }))).toEqual([
      { id: 'iam-policies/single', taughtIn: { kind: 'lesson', id: 'iam/policies' } },
      { id: 'retired-quiz/single', taughtIn: null },
      {
        id: 'shared-responsibility-module/ordering',
        taughtIn: { kind: 'module', id: 'shared-responsibility' },
      },
    ]);
  });

  it('orders by learners wrong, then by share wrong, and keeps at most MAX_MISSED', () => {
    const ids = Array.from(
      { length: MAX_MISSED + 2 },
      (_, index) => `shared-responsibility/q${String(index).padStart(2, '0')}`,
    );
    const bank = questionBank(ids.map((id) => makeSingleChoice({ id })));
    const answers = (wrong: readonly string[], right: readonly string[] = []) =>
      makeAttempt({
        questionIds: [...wrong, ...right].map((id) => id.split('/')[1] as string),
        responses: Object.fromEntries([
          ...wrong.map((id) => [id.split('/')[1], ['b']]),
          ...right.map((id) => [id.split('/')[1], ['a']]),
        ]),
      });
    const [q0, q1, ...rest] = ids as [string, string, ...string[]];
    const team = [
      member('Ada', [answers([q0, q1, ...rest])]),
      member('Bob', [answers([q1], [q0])]),
      member('Cy', [answers([q1])]),
    ];
    const { missed } = buildTeamReport(team, COURSE, bank, TZ);
    expect(missed).toHaveLength(MAX_MISSED);
    expect(missed.slice(0, 3).map(({ id, wrong, answered }) => [id, wrong, answered])).toEqual([
      [q1, 3, 3],
      [rest[0], 1, 1],
      [rest[1], 1, 1],
    ]);
    // q0: 1 wrong of 2 answered is no majority.
    expect(missed.some(({ id }) => id === q0)).toBe(false);
  });
});
