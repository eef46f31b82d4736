import { describe, expect, it } from 'vitest';
import {
  STUDY_NEXT_MIN_TOTAL,
  activeDays,
  attemptCounts,
  attemptHistory,
  lastFullAttemptAt,
  moduleProgress,
  streak,
  studyNext,
  type CourseInput,
  type CourseModule,
} from '../../../../src/lib/progress/stats';
import {
  createEmptyProgress,
  type DayActivity,
  type LessonRecord,
  type Progress,
  type ProgressArchive,
  type QuizArchive,
  type QuizAttempt,
  type TagScore,
} from '../../../../src/lib/progress/types';
import { makeAttempt } from '../../../fixtures/builders';

let nextId = 0;
/** An attempt at `quizId` finished at `finishedAt`, with no tag scores unless given. */
function attempt(quizId: string, finishedAt: string, overrides: Partial<QuizAttempt> = {}): QuizAttempt {
  nextId += 1;
  return makeAttempt({
    id: `attempt-${nextId}`,
    kind: 'quiz',
    quizId,
    finishedAt,
    tagScores: {},
    ...overrides,
  });
}

/** An attempt whose only scores are `tagScores`, with earned and total summed from them. */
function tagged(
  quizId: string,
  finishedAt: string,
  tagScores: Record<string, TagScore>,
  overrides: Partial<QuizAttempt> = {},
): QuizAttempt {
  const scores = Object.values(tagScores);
  return attempt(quizId, finishedAt, {
    tagScores,
    earned: scores.reduce((sum, score) => sum + score.earned, 0),
    total: scores.reduce((sum, score) => sum + score.total, 0),
    ...overrides,
  });
}

/** Progress with these attempts, visited lessons and archive. */
function progressOf(
  attempts: QuizAttempt[] = [],
  {
    lessons = {},
    archive = {},
    labs = {},
  }: {
    lessons?: Record<string, LessonRecord>;
    archive?: Partial<ProgressArchive>;
    labs?: Progress['labs'];
  } = {},
): Progress {
  const empty = createEmptyProgress();
  return { ...empty, lessons, attempts, archive: { ...empty.archive, ...archive }, labs };
}

const visit = (at: string, last = at): LessonRecord => ({ firstVisitedAt: at, lastVisitedAt: last });

const activity: DayActivity = { attempts: 1, earned: 1, total: 1 };
const daysOf = (...days: string[]): Record<string, DayActivity> =>
  Object.fromEntries(days.map((day) => [day, activity]));

const quizArchive = (overrides: Partial<QuizArchive> = {}): QuizArchive => ({
  attempts: 1,
  passed: false,
  bestEarned: 1,
  bestTotal: 2,
  lastEarned: 1,
  lastTotal: 2,
  lastAt: '2026-10-01T10:00:00.000Z',
  ...overrides,
});

const SR = 'shared-responsibility';
const COURSE: CourseInput & { modules: CourseModule[] } = {
  modules: [
    {
      id: SR,
      title: 'Shared responsibility',
      quiz: 'shared-responsibility-module',
      lessons: [
        {
          id: `${SR}/of-and-in`,
          title: 'Of and in the cloud',
          href: `/lessons/${SR}/of-and-in/`,
          quiz: SR,
        },
        {
          id: `${SR}/other-clouds`,
          title: 'Other clouds',
          href: `/lessons/${SR}/other-clouds/`,
          quiz: 'shared-responsibility-other-clouds',
        },
      ],
    },
    {
      id: 'iam',
      title: 'Identity and access management',
      quiz: 'iam-module',
      lessons: [
        {
          id: 'iam/policy-types',
          title: 'Policy types',
          href: '/lessons/iam/policy-types/',
          quiz: 'iam-policy-types',
        },
        {
          id: 'iam/policy-evaluation',
          title: 'Policy evaluation',
          href: '/lessons/iam/policy-evaluation/',
          quiz: 'iam-policy-evaluation',
        },
      ],
    },
    {
      id: 'compliance',
      title: 'Compliance',
      lessons: [
        {
          id: 'compliance/programs',
          title: 'Programs',
          href: '/lessons/compliance/programs/',
          quiz: 'compliance-programs',
        },
      ],
    },
  ],
};

describe('activeDays', () => {
  it('is empty for empty progress', () => {
    expect(activeDays(createEmptyProgress())).toEqual([]);
  });

  it('joins attempt days, first and last lesson visits and archived days, sorted and once each', () => {
    const progress = progressOf(
      [attempt(SR, '2026-11-28T10:00:00.000Z'), attempt(SR, '2026-11-28T11:00:00.000Z')],
      {
        lessons: {
          [`${SR}/of-and-in`]: visit('2026-11-20T10:00:00.000Z', '2026-11-28T09:00:00.000Z'),
          'iam/policy-types': visit('2026-11-25T10:00:00.000Z'),
        },
        archive: { days: daysOf('2026-10-02', '2026-10-01') },
      },
    );

    expect(activeDays(progress, 'UTC')).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-11-20',
      '2026-11-25',
      '2026-11-28',
    ]);
  });

  it('uses the days of the time zone given and skips times and day keys that do not parse', () => {
    const progress = progressOf([attempt(SR, '2026-12-01T01:00:00+02:00'), attempt(SR, 'yesterday')], {
      lessons: { 'iam/policy-types': visit('nope') },
      archive: { days: daysOf('2026-02-30', 'someday', '2026-11-01') },
    });

    expect(activeDays(progress, 'UTC')).toEqual(['2026-11-01', '2026-11-30']);
  });

  it('counts an evening attempt in Los Angeles on that evening, not on the next UTC day', () => {
    // 20:30 on 27 November in Los Angeles is 04:30 on the 28th in UTC.
    const progress = progressOf([attempt(SR, '2026-11-28T04:30:00.000Z')], {
      lessons: { 'iam/policy-types': visit('2026-11-28T07:59:00.000Z') },
    });

    expect(activeDays(progress, 'America/Los_Angeles')).toEqual(['2026-11-27']);
    expect(activeDays(progress, 'UTC')).toEqual(['2026-11-28']);
  });

  it('counts the first and the last run of a lab as activity', () => {
    const run = { checksPassed: 1, checksTotal: 3, probesDenied: 0, probesTotal: 1 };
    const progress = progressOf([], {
      labs: {
        's3-read-one-prefix': {
          firstRunAt: '2026-11-24T10:00:00.000Z',
          lastRunAt: '2026-11-27T10:00:00.000Z',
          runs: 3,
          completedAt: null,
          best: run,
          policy: null,
        },
      },
    });

    expect(activeDays(progress, 'UTC')).toEqual(['2026-11-24', '2026-11-27']);
  });

  it('counts every kind of attempt as activity: full quizzes, retries and reviews', () => {
    const progress = progressOf([
      attempt(SR, '2026-11-26T10:00:00.000Z', { kind: 'retry' }),
      attempt('review', '2026-11-27T10:00:00.000Z', { kind: 'review' }),
    ]);

    expect(activeDays(progress, 'UTC')).toEqual(['2026-11-26', '2026-11-27']);
  });
});

describe('streak', () => {
  const TODAY = new Date('2027-01-02T15:00:00.000Z');
  const onDays = (...days: string[]) => progressOf([], { archive: { days: daysOf(...days) } });

  it('is 0 and 0 for empty progress', () => {
    expect(streak(createEmptyProgress(), TODAY, 'UTC')).toEqual({ current: 0, longest: 0 });
  });

  it('counts a run ending today across a year end', () => {
    expect(streak(onDays('2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'), TODAY, 'UTC')).toEqual({
      current: 4,
      longest: 4,
    });
  });

  it('keeps a run ending yesterday current', () => {
    expect(streak(onDays('2026-12-31', '2027-01-01'), TODAY, 'UTC')).toEqual({ current: 2, longest: 2 });
  });

  it('ends the current run after a whole day without activity, keeping the longest', () => {
    expect(streak(onDays('2026-12-29', '2026-12-30', '2026-12-31'), TODAY, 'UTC')).toEqual({
      current: 0,
      longest: 3,
    });
  });

  it('counts across month ends, including a leap day', () => {
    const today = new Date('2028-03-01T00:00:00.000Z');
    expect(streak(onDays('2028-01-31', '2028-02-01'), new Date('2028-02-01T23:59:59.999Z'), 'UTC')).toEqual({
      current: 2,
      longest: 2,
    });
    expect(streak(onDays('2028-02-28', '2028-02-29', '2028-03-01'), today, 'UTC')).toEqual({
      current: 3,
      longest: 3,
    });
    expect(streak(onDays('2027-02-28', '2027-03-01'), new Date('2027-03-01T12:00:00.000Z'), 'UTC')).toEqual({
      current: 2,
      longest: 2,
    });
  });

  it('restarts the run after a gap and reports the longest run separately', () => {
    const progress = onDays(
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-05',
      '2027-01-01',
      '2027-01-02',
    );
    expect(streak(progress, TODAY, 'UTC')).toEqual({ current: 2, longest: 3 });
  });

  it('takes days from attempts and lesson visits, not only the archive', () => {
    const progress = progressOf([attempt(SR, '2027-01-01T23:59:00.000Z')], {
      lessons: { 'iam/policy-types': visit('2027-01-02T00:01:00.000Z') },
    });
    expect(streak(progress, TODAY, 'UTC')).toEqual({ current: 2, longest: 2 });
  });

  it('counts two evenings in a row in Los Angeles as a streak of 2, where UTC days see 1', () => {
    // 17:00 on the 27th and 10:00 on the 28th in Los Angeles: both on the 28th in UTC.
    const progress = progressOf([
      attempt(SR, '2026-11-28T01:00:00.000Z'),
      attempt(SR, '2026-11-28T18:00:00.000Z'),
    ]);
    // 21:00 on the 28th in Los Angeles, already the 29th in UTC.
    const now = new Date('2026-11-29T05:00:00.000Z');

    expect(streak(progress, now, 'America/Los_Angeles')).toEqual({ current: 2, longest: 2 });
    expect(streak(progress, now, 'UTC')).toEqual({ current: 1, longest: 1 });
  });

  it('has no current run when today is not a valid date', () => {
    expect(streak(onDays('2027-01-01', '2027-01-02'), new Date(Number.NaN), 'UTC')).toEqual({
      current: 0,
      longest: 2,
    });
  });

  it('counts a single active day today as a current run of 1', () => {
    expect(streak(onDays('2027-01-02'), TODAY, 'UTC')).toEqual({ current: 1, longest: 1 });
  });
});

describe('attemptHistory', () => {
  it('is empty for empty progress', () => {
    expect(attemptHistory(createEmptyProgress())).toEqual([]);
  });

  it('lists attempts oldest first by time, in stored order on a tie, with whole percentages and kinds', () => {
    const late = attempt(SR, '2026-11-28T12:00:00.000Z', {
      earned: 2,
      total: 3,
      passed: false,
      mode: 'exam',
    });
    const tieA = attempt('iam-module', '2026-11-28T10:00:00.000Z', { earned: 0.29, total: 1 });
    const tieB = attempt('review', '2026-11-28T10:00:00.000Z', { earned: 1, total: 1, kind: 'review' });
    const retry = attempt(SR, '2026-11-28T12:05:00.000Z', { earned: 1, total: 1, kind: 'retry' });
    const entry = (at: QuizAttempt) => ({
      id: at.id,
      at: at.finishedAt,
      day: '2026-11-28',
      quizId: at.quizId,
    });

    expect(attemptHistory(progressOf([late, retry, tieA, tieB]), { timeZone: 'UTC' })).toEqual([
      { ...entry(tieA), kind: 'quiz', percent: 29, passed: true, mode: 'practice' },
      { ...entry(tieB), kind: 'review', percent: 100, passed: true, mode: 'practice' },
      { ...entry(late), kind: 'quiz', percent: 66, passed: false, mode: 'exam' },
      { ...entry(retry), kind: 'retry', percent: 100, passed: true, mode: 'practice' },
    ]);
  });

  it('dates each attempt on the learner’s local day', () => {
    const progress = progressOf([attempt(SR, '2026-11-28T04:30:00.000Z')]);

    expect(attemptHistory(progress, { timeZone: 'America/Los_Angeles' })[0]?.day).toBe('2026-11-27');
    expect(attemptHistory(progress, { timeZone: 'Asia/Tokyo' })[0]?.day).toBe('2026-11-28');
  });

  it('keeps only the quizzes asked for', () => {
    const progress = progressOf([
      attempt(SR, '2026-11-28T10:00:00.000Z'),
      attempt('iam-module', '2026-11-28T11:00:00.000Z'),
      attempt('compliance-module', '2026-11-28T12:00:00.000Z'),
    ]);

    expect(
      attemptHistory(progress, { quizIds: [SR, 'compliance-module'] }).map((entry) => entry.quizId),
    ).toEqual([SR, 'compliance-module']);
    expect(attemptHistory(progress, { quizIds: [] })).toEqual([]);
  });

  it('leaves out attempts whose time does not parse', () => {
    const progress = progressOf([attempt(SR, 'garbage'), attempt(SR, '2026-11-28T10:00:00.000Z')]);

    expect(attemptHistory(progress).map((entry) => entry.at)).toEqual(['2026-11-28T10:00:00.000Z']);
  });

  it('shows 0 % for an attempt without points available', () => {
    const progress = progressOf([
      attempt(SR, '2026-11-28T10:00:00.000Z', { earned: 0, total: 0, passed: false }),
    ]);

    expect(attemptHistory(progress)[0]?.percent).toBe(0);
  });
});

describe('lastFullAttemptAt', () => {
  it('is null before any full attempt, practice included', () => {
    expect(lastFullAttemptAt(createEmptyProgress(), 'final-assessment')).toBeNull();
    const retry = attempt('final-assessment', '2026-11-02T10:00:00.000Z', { kind: 'retry' });
    expect(lastFullAttemptAt(progressOf([retry]), 'final-assessment')).toBeNull();
  });

  it('is the latest full attempt at that quiz, whatever the stored order and other quizzes', () => {
    const progress = progressOf([
      attempt('final-assessment', '2026-11-03T10:00:00.000Z'),
      attempt('final-assessment', '2026-11-01T10:00:00.000Z'),
      attempt('iam-module', '2026-11-05T10:00:00.000Z'),
      attempt('final-assessment', '2026-11-04T10:00:00.000Z', { kind: 'retry' }),
    ]);
    expect(lastFullAttemptAt(progress, 'final-assessment')).toBe('2026-11-03T10:00:00.000Z');
  });

  it('falls back to the archive when no full attempt is kept in full, and prefers a newer kept one', () => {
    const archive = { quizzes: { 'final-assessment': quizArchive() } };
    expect(lastFullAttemptAt(progressOf([], { archive }), 'final-assessment')).toBe(
      '2026-10-01T10:00:00.000Z',
    );
    const kept = attempt('final-assessment', '2026-11-01T10:00:00.000Z');
    expect(lastFullAttemptAt(progressOf([kept], { archive }), 'final-assessment')).toBe(kept.finishedAt);
  });
});

describe('attemptCounts', () => {
  it('is 0 and 0 for empty progress', () => {
    expect(attemptCounts(createEmptyProgress())).toEqual({ quizzes: 0, practice: 0 });
  });

  it('counts full quizzes, archived ones included, apart from retries and reviews, overall or for one quiz', () => {
    const progress = progressOf(
      [
        attempt(SR, '2026-11-28T10:00:00.000Z'),
        attempt(SR, '2026-11-28T10:05:00.000Z', { kind: 'retry' }),
        attempt('review', '2026-11-28T11:00:00.000Z', { kind: 'review' }),
        attempt('iam-module', '2026-11-28T12:00:00.000Z'),
      ],
      { archive: { quizzes: { [SR]: quizArchive({ attempts: 3 }), 'iam-module': quizArchive() } } },
    );

    expect(attemptCounts(progress)).toEqual({ quizzes: 6, practice: 2 });
    expect(attemptCounts(progress, SR)).toEqual({ quizzes: 4, practice: 1 });
    expect(attemptCounts(progress, 'review')).toEqual({ quizzes: 0, practice: 1 });
    expect(attemptCounts(progress, 'compliance-module')).toEqual({ quizzes: 0, practice: 0 });
  });
});

describe('studyNext', () => {
  const DAY1 = '2026-11-27T10:00:00.000Z';
  const DAY2 = '2026-11-28T10:00:00.000Z';

  it('suggests the first lessons of the course for empty progress, up to the limit', () => {
    expect(studyNext(createEmptyProgress(), COURSE)).toEqual([
      {
        kind: 'not-started',
        tag: `module:${SR}`,
        title: 'Of and in the cloud',
        module: 'Shared responsibility',
        href: `/lessons/${SR}/of-and-in/`,
      },
      expect.objectContaining({ kind: 'not-started', title: 'Other clouds' }),
      expect.objectContaining({ kind: 'not-started', tag: 'module:iam', title: 'Policy types' }),
    ]);
    expect(
      studyNext(createEmptyProgress(), COURSE, 10).map(
        (entry) => entry.kind === 'not-started' && entry.title,
      ),
    ).toEqual(['Of and in the cloud', 'Other clouds', 'Policy types', 'Policy evaluation', 'Programs']);
  });

  it('suggests nothing for a limit of 0 or below, or for an empty course', () => {
    expect(studyNext(createEmptyProgress(), COURSE, 0)).toEqual([]);
    expect(studyNext(createEmptyProgress(), COURSE, -1)).toEqual([]);
    expect(studyNext(createEmptyProgress(), { modules: [] })).toEqual([]);
  });

  it('suggests the weakest topics first, fewer answers first on a tie, then by tag', () => {
    const progress = progressOf([
      tagged('final-assessment', DAY2, {
        'module:iam': { earned: 4, total: 10 },
        [`module:${SR}`]: { earned: 2, total: 5 },
        'area:zones': { earned: 1, total: 5 },
        'area:alpha': { earned: 2, total: 5 },
        'area:beta': { earned: 2, total: 5 },
        'module:compliance': { earned: 3, total: 5 },
      }),
    ]);

    const weak = studyNext(progress, COURSE, 10).flatMap((entry) =>
      entry.kind === 'weak-topic' ? [entry] : [],
    );
    expect(weak.map(({ tag, percent, total }) => ({ tag, percent, total }))).toEqual([
      { tag: 'area:zones', percent: 20, total: 5 },
      { tag: 'area:alpha', percent: 40, total: 5 },
      { tag: 'area:beta', percent: 40, total: 5 },
      { tag: `module:${SR}`, percent: 40, total: 5 },
      { tag: 'module:iam', percent: 40, total: 10 },
      { tag: 'module:compliance', percent: 60, total: 5 },
    ]);
    expect(studyNext(progress, COURSE, 2).map(({ tag }) => tag)).toEqual(['area:zones', 'area:alpha']);
  });

  it('points a module to its page, with codes and numbers for the words', () => {
    const progress = progressOf([
      tagged('final-assessment', DAY2, { 'module:iam': { earned: 1.5, total: 4 } }),
    ]);

    expect(studyNext(progress, COURSE, 1)).toEqual([
      {
        kind: 'weak-topic',
        tag: 'module:iam',
        topic: { type: 'module', id: 'iam', title: 'Identity and access management' },
        percent: 37,
        total: 4,
        level: 'attempted',
        page: { title: 'Identity and access management', href: '/modules/iam/' },
      },
    ]);
  });

  it('points an area to the lesson or module quiz where it scored lowest, the first in course order on a tie', () => {
    const progress = progressOf([
      tagged(SR, DAY1, { 'area:patch-management': { earned: 3, total: 4 } }),
      tagged('iam-policy-types', DAY1, { 'area:patch-management': { earned: 1, total: 4 } }),
      tagged('iam-policy-evaluation', DAY1, { 'area:patch-management': { earned: 1, total: 4 } }),
      tagged('iam-module', DAY1, { 'area:keys': { earned: 0, total: 3 } }),
      tagged('iam-policy-types', DAY1, { 'area:keys': { earned: 1, total: 1 } }),
      tagged(SR, DAY1, { 'area:keys': { earned: 1, total: 0 } }),
      // Practice never decides where a topic was weakest.
      tagged(SR, DAY2, { 'area:keys': { earned: 0, total: 5 } }, { kind: 'retry' }),
    ]);

    expect(studyNext(progress, COURSE, 2)).toEqual([
      {
        kind: 'weak-topic',
        tag: 'area:keys',
        topic: { type: 'area', area: 'keys' },
        percent: 25,
        total: 4,
        level: 'attempted',
        page: { title: 'Identity and access management', href: '/modules/iam/' },
      },
      {
        kind: 'weak-topic',
        tag: 'area:patch-management',
        topic: { type: 'area', area: 'patch-management' },
        percent: 41,
        total: 12,
        level: 'attempted',
        page: { title: 'Policy types', href: '/lessons/iam/policy-types/' },
      },
    ]);
  });

  it('gives no page for an area asked about only outside the course lessons and module quizzes', () => {
    const progress = progressOf([], {
      archive: { tags: { 'area:logging': { earned: 1, total: 4 } }, days: daysOf('2026-10-01') },
    });

    expect(studyNext(progress, COURSE, 1)).toEqual([
      {
        kind: 'weak-topic',
        tag: 'area:logging',
        topic: { type: 'area', area: 'logging' },
        percent: 25,
        total: 4,
        level: 'attempted',
      },
    ]);
  });

  it(`needs ${STUDY_NEXT_MIN_TOTAL} points available before calling a topic weak`, () => {
    const progress = progressOf([
      tagged('final-assessment', DAY2, {
        'area:few': { earned: 0, total: STUDY_NEXT_MIN_TOTAL - 1 },
        'area:enough': { earned: 2, total: STUDY_NEXT_MIN_TOTAL },
      }),
    ]);

    expect(studyNext(progress, COURSE, 1).map(({ tag }) => tag)).toEqual(['area:enough']);
  });

  it('never calls a topic at or above the proficient mark weak: lessons not started come first', () => {
    // Perfect scores on the first lesson's quiz, on one day: proficient, not yet mastered.
    const progress = progressOf([
      tagged(SR, DAY2, {
        'area:shared-fate': { earned: 5, total: 5 },
        [`module:${SR}`]: { earned: 5, total: 5 },
      }),
    ]);

    expect(studyNext(progress, COURSE).map((entry) => entry.kind)).toEqual([
      'not-started',
      'not-started',
      'not-started',
    ]);
    expect(
      studyNext(progress, COURSE, 10).map((entry) =>
        entry.kind === 'not-started' ? entry.title : `${entry.kind} ${entry.tag}`,
      ),
    ).toEqual([
      'Other clouds',
      'Policy types',
      'Policy evaluation',
      'Programs',
      'strong-topic area:shared-fate',
      `strong-topic module:${SR}`,
    ]);
  });

  it('offers proficient topics, weakest first, once every lesson is started, and never mastered ones', () => {
    const progress = progressOf([
      tagged('final-assessment', DAY1, { 'area:solid': { earned: 5, total: 5 } }),
      tagged('final-assessment', DAY2, {
        'area:solid': { earned: 5, total: 5 },
        'area:good': { earned: 4, total: 5 },
        'area:fine': { earned: 9, total: 10 },
      }),
      ...COURSE.modules.flatMap((module) => module.lessons.map((lesson) => attempt(lesson.quiz, DAY2))),
    ]);

    expect(studyNext(progress, COURSE, 10)).toEqual([
      expect.objectContaining({ kind: 'strong-topic', tag: 'area:good', percent: 80, level: 'proficient' }),
      expect.objectContaining({ kind: 'strong-topic', tag: 'area:fine', percent: 90, level: 'proficient' }),
    ]);
  });

  it('leaves out mastered topics, difficulty tags and modules no longer in the course', () => {
    const progress = progressOf([
      tagged('final-assessment', DAY1, { 'area:solid': { earned: 5, total: 5 } }),
      tagged('final-assessment', DAY2, {
        'area:solid': { earned: 5, total: 5 },
        'difficulty:advanced': { earned: 0, total: 5 },
        'module:gone': { earned: 0, total: 5 },
        'other:thing': { earned: 0, total: 5 },
        'area:shaky': { earned: 3, total: 5 },
      }),
    ]);

    expect(studyNext(progress, COURSE, 10).filter((entry) => entry.kind !== 'not-started')).toEqual([
      expect.objectContaining({ kind: 'weak-topic', tag: 'area:shaky', percent: 60, level: 'familiar' }),
    ]);
  });

  it('judges topics by full quizzes only: right answers in practice do not hide a weak topic', () => {
    const progress = progressOf([
      tagged('final-assessment', DAY1, { 'area:shaky': { earned: 1, total: 5 } }),
      tagged('final-assessment', DAY2, { 'area:shaky': { earned: 4, total: 4 } }, { kind: 'retry' }),
    ]);

    expect(studyNext(progress, COURSE, 1)).toEqual([
      expect.objectContaining({ kind: 'weak-topic', tag: 'area:shaky', percent: 20, total: 5 }),
    ]);
  });

  it('fills the remaining places with lessons not started: never opened, quiz never attempted or archived', () => {
    const progress = progressOf([tagged(SR, DAY2, { 'module:iam': { earned: 0, total: 5 } })], {
      lessons: { 'iam/policy-types': visit(DAY1) },
      archive: { quizzes: { 'iam-policy-evaluation': quizArchive() } },
    });

    expect(
      studyNext(progress, COURSE).map((entry) =>
        entry.kind === 'not-started'
          ? [entry.kind, entry.title, entry.href]
          : [entry.kind, entry.tag, entry.page?.href],
      ),
    ).toEqual([
      ['weak-topic', 'module:iam', '/modules/iam/'],
      ['not-started', 'Other clouds', `/lessons/${SR}/other-clouds/`],
      ['not-started', 'Programs', '/lessons/compliance/programs/'],
    ]);
  });

  it('suggests nothing more once every lesson is started and no topic is weak', () => {
    const progress = progressOf(
      COURSE.modules.flatMap((module) => module.lessons.map((lesson) => attempt(lesson.quiz, DAY2))),
    );

    expect(studyNext(progress, COURSE)).toEqual([]);
  });
});

describe('moduleProgress', () => {
  it('reports nothing done for empty progress', () => {
    expect(moduleProgress(createEmptyProgress(), COURSE.modules)).toEqual([
      {
        id: SR,
        title: 'Shared responsibility',
        lessonsCompleted: 0,
        lessonsTotal: 2,
        quizBest: null,
        quizLast: null,
        mastery: {
          level: 'not-started',
          earned: 0,
          total: 0,
          percent: 0,
          lastPercent: null,
          days: 0,
          practiceEarned: 0,
          practiceTotal: 0,
          practicePercent: 0,
        },
      },
      expect.objectContaining({ id: 'iam', lessonsCompleted: 0, lessonsTotal: 2, quizBest: null }),
      expect.objectContaining({ id: 'compliance', lessonsCompleted: 0, lessonsTotal: 1, quizBest: null }),
    ]);
    expect(moduleProgress(createEmptyProgress(), [])).toEqual([]);
  });

  it('counts a lesson complete once an attempt at its quiz passed, kept in full or archived', () => {
    const progress = progressOf(
      [
        attempt(SR, '2026-11-27T10:00:00.000Z', { passed: false }),
        attempt(SR, '2026-11-28T10:00:00.000Z', { passed: true }),
        attempt('iam-policy-types', '2026-11-28T10:00:00.000Z', { passed: false }),
      ],
      {
        archive: {
          quizzes: {
            'iam-policy-evaluation': quizArchive({ passed: true }),
            'iam-policy-types': quizArchive({ passed: false }),
          },
        },
      },
    );

    expect(moduleProgress(progress, COURSE.modules).map((entry) => entry.lessonsCompleted)).toEqual([
      1, 1, 0,
    ]);
  });

  it('gives the best and latest module quiz scores from attempts kept in full', () => {
    const progress = progressOf([
      attempt('iam-module', '2026-11-27T10:00:00.000Z', { earned: 9, total: 10 }),
      attempt('iam-module', '2026-11-28T10:00:00.000Z', { earned: 2, total: 3 }),
    ]);

    expect(moduleProgress(progress, COURSE.modules)[1]).toMatchObject({ quizBest: 90, quizLast: 66 });
  });

  it('joins the archive: its best counts, its latest only when no attempt is kept in full', () => {
    const archiveOnly = progressOf([], {
      archive: {
        quizzes: { 'iam-module': quizArchive({ bestEarned: 4, bestTotal: 5, lastEarned: 1, lastTotal: 4 }) },
      },
    });
    const both = progressOf([attempt('iam-module', '2026-11-28T10:00:00.000Z', { earned: 3, total: 5 })], {
      archive: {
        quizzes: { 'iam-module': quizArchive({ bestEarned: 4, bestTotal: 5, lastEarned: 1, lastTotal: 4 }) },
      },
    });
    const keptBetter = progressOf(
      [attempt('iam-module', '2026-11-28T10:00:00.000Z', { earned: 5, total: 5 })],
      {
        archive: { quizzes: { 'iam-module': quizArchive({ bestEarned: 4, bestTotal: 5 }) } },
      },
    );

    expect(moduleProgress(archiveOnly, COURSE.modules)[1]).toMatchObject({ quizBest: 80, quizLast: 25 });
    expect(moduleProgress(both, COURSE.modules)[1]).toMatchObject({ quizBest: 80, quizLast: 60 });
    expect(moduleProgress(keptBetter, COURSE.modules)[1]).toMatchObject({ quizBest: 100, quizLast: 100 });
  });

  it('has no module quiz scores for a module without a quiz', () => {
    const progress = progressOf([attempt('compliance-module', '2026-11-28T10:00:00.000Z')]);

    expect(moduleProgress(progress, COURSE.modules)[2]).toMatchObject({ quizBest: null, quizLast: null });
  });

  it('gives the mastery of the module tag, whichever quiz asked, archive included', () => {
    const progress = progressOf(
      [
        tagged('final-assessment', '2026-11-28T10:00:00.000Z', { 'module:iam': { earned: 9, total: 10 } }),
        tagged('iam-policy-types', '2026-11-28T11:00:00.000Z', { 'module:iam': { earned: 5, total: 5 } }),
      ],
      { archive: { tags: { 'module:iam': { earned: 4, total: 5 } }, days: daysOf('2026-11-01') } },
    );

    expect(moduleProgress(progress, COURSE.modules, 'UTC')[1]?.mastery).toEqual({
      level: 'mastered',
      earned: 18,
      total: 20,
      percent: 90,
      lastPercent: 100,
      days: 2,
      practiceEarned: 0,
      practiceTotal: 0,
      practicePercent: 0,
    });
  });

  it('makes no module proficient when the missed questions of a failed final assessment are retried right', () => {
    // The final assessment at 55 %, then a retry of the 5 questions not fully right, all right.
    const final = tagged('final-assessment', '2026-11-28T10:00:00.000Z', {
      'module:iam': { earned: 4, total: 6 },
      [`module:${SR}`]: { earned: 1.5, total: 4 },
    });
    const retry = tagged(
      'final-assessment',
      '2026-11-28T10:10:00.000Z',
      { 'module:iam': { earned: 2, total: 2 }, [`module:${SR}`]: { earned: 3, total: 3 } },
      { kind: 'retry' },
    );

    const result = moduleProgress(progressOf([final, retry]), COURSE.modules, 'UTC');
    expect(result.map(({ mastery }) => mastery.level)).toEqual(['attempted', 'familiar', 'not-started']);
    expect(result.map(({ lessonsCompleted }) => lessonsCompleted)).toEqual([0, 0, 0]);
    expect(result[1]?.mastery).toMatchObject({ percent: 66, practiceEarned: 2, practiceTotal: 2 });
  });

  it('takes module quiz scores from full attempts, never from a retry of missed questions', () => {
    const progress = progressOf([
      attempt('iam-module', '2026-11-27T10:00:00.000Z', { earned: 5, total: 10, passed: false }),
      attempt('iam-module', '2026-11-27T10:10:00.000Z', { earned: 5, total: 5, kind: 'retry' }),
    ]);

    expect(moduleProgress(progress, COURSE.modules)[1]).toMatchObject({ quizBest: 50, quizLast: 50 });
  });

  it('ignores attempts at quizzes and tags of modules no longer in the course', () => {
    const progress = progressOf(
      [
        tagged('removed-lesson-quiz', '2026-11-28T10:00:00.000Z', {
          'module:removed': { earned: 5, total: 5 },
        }),
        attempt('removed-module', '2026-11-28T10:00:00.000Z', { passed: true }),
      ],
      {
        lessons: { 'removed/lesson': visit('2026-11-28T09:00:00.000Z') },
        archive: {
          quizzes: { 'removed-lesson-quiz': quizArchive({ passed: true }) },
          tags: { 'module:removed': { earned: 1, total: 1 } },
        },
      },
    );

    const result = moduleProgress(progress, COURSE.modules);
    expect(result.map(({ id, lessonsCompleted, quizBest }) => ({ id, lessonsCompleted, quizBest }))).toEqual([
      { id: SR, lessonsCompleted: 0, quizBest: null },
      { id: 'iam', lessonsCompleted: 0, quizBest: null },
      { id: 'compliance', lessonsCompleted: 0, quizBest: null },
    ]);
    expect(result.every((entry) => entry.mastery.level === 'not-started')).toBe(true);
    expect(studyNext(progress, COURSE, 10).every((entry) => entry.kind === 'not-started')).toBe(true);
    expect(attemptHistory(progress, { quizIds: ['iam-module'] })).toEqual([]);
  });
});
