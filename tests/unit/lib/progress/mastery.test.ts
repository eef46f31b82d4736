import { describe, expect, it } from 'vitest';
import {
  MASTERY_LEVELS,
  masteryByTag,
  masteryLevel,
  type MasteryStats,
} from '../../../../src/lib/progress/mastery';
import {
  createEmptyProgress,
  type Progress,
  type ProgressArchive,
  type QuizAttempt,
  type TagScore,
} from '../../../../src/lib/progress/types';
import { makeAttempt } from '../../../fixtures/builders';

const TAG = 'area:patch-management';

let nextId = 0;
/** An attempt finished at `finishedAt` with these tag scores. */
function attempt(
  finishedAt: string,
  tagScores: Record<string, TagScore>,
  overrides: Partial<QuizAttempt> = {},
) {
  nextId += 1;
  return makeAttempt({ id: `attempt-${nextId}`, kind: 'quiz', finishedAt, tagScores, ...overrides });
}

/** Mastery with days counted in UTC, so the tests do not depend on the machine's time zone. */
const byTag = (progress: Progress) => masteryByTag(progress, 'UTC');

/** What a topic without practice answers reports about practice. */
const NO_PRACTICE = { practiceEarned: 0, practiceTotal: 0, practicePercent: 0 };

/** Progress with these attempts and archive. */
function progressOf(attempts: QuizAttempt[], archive: Partial<ProgressArchive> = {}): Progress {
  const empty = createEmptyProgress();
  return { ...empty, attempts, archive: { ...empty.archive, ...archive } };
}

const stats = (overrides: Partial<MasteryStats>): MasteryStats => ({
  total: 10,
  percent: 0,
  lastPercent: null,
  days: 1,
  ...overrides,
});

describe('MASTERY_LEVELS', () => {
  it('lists the levels from lowest to highest', () => {
    expect(MASTERY_LEVELS).toEqual(['not-started', 'attempted', 'familiar', 'proficient', 'mastered']);
  });
});

describe('masteryLevel', () => {
  it('is not started without points available', () => {
    expect(masteryLevel(stats({ total: 0, percent: 0, days: 0 }))).toBe('not-started');
  });

  it('is attempted with points available at 0 %', () => {
    expect(masteryLevel(stats({ percent: 0, lastPercent: 0 }))).toBe('attempted');
  });

  it('is familiar at exactly 50 % overall and attempted at 49 %', () => {
    expect(masteryLevel(stats({ percent: 50, lastPercent: 0 }))).toBe('familiar');
    expect(masteryLevel(stats({ percent: 49, lastPercent: 100 }))).toBe('attempted');
  });

  it('is proficient at exactly 70 % overall and last, and only familiar just below either', () => {
    expect(masteryLevel(stats({ percent: 70, lastPercent: 70 }))).toBe('proficient');
    expect(masteryLevel(stats({ percent: 69, lastPercent: 100 }))).toBe('familiar');
    expect(masteryLevel(stats({ percent: 100, lastPercent: 69, days: 5 }))).toBe('familiar');
  });

  it('is mastered at exactly 85 % overall and last on 2 days, and only proficient just below any', () => {
    expect(masteryLevel(stats({ percent: 85, lastPercent: 85, days: 2 }))).toBe('mastered');
    expect(masteryLevel(stats({ percent: 84, lastPercent: 100, days: 2 }))).toBe('proficient');
    expect(masteryLevel(stats({ percent: 100, lastPercent: 84, days: 2 }))).toBe('proficient');
    expect(masteryLevel(stats({ percent: 100, lastPercent: 100, days: 1 }))).toBe('proficient');
  });

  it('lets the overall percentage stand in for the latest attempt when none is kept', () => {
    expect(masteryLevel(stats({ percent: 85, lastPercent: null, days: 2 }))).toBe('mastered');
    expect(masteryLevel(stats({ percent: 70, lastPercent: null, days: 1 }))).toBe('proficient');
    expect(masteryLevel(stats({ percent: 69, lastPercent: null, days: 2 }))).toBe('familiar');
  });
});

describe('masteryByTag', () => {
  it('is empty for empty progress', () => {
    expect(byTag(createEmptyProgress())).toEqual({});
  });

  it('sums every attempt, takes the latest for lastPercent and counts days', () => {
    const progress = progressOf([
      attempt('2026-11-27T10:00:00.000Z', {
        [TAG]: { earned: 1, total: 4 },
        'module:iam': { earned: 2, total: 2 },
      }),
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 3.5, total: 4 } }),
    ]);

    expect(byTag(progress)).toEqual({
      [TAG]: {
        level: 'familiar',
        earned: 4.5,
        total: 8,
        percent: 56,
        lastPercent: 87,
        days: 2,
        ...NO_PRACTICE,
      },
      'module:iam': {
        level: 'proficient',
        earned: 2,
        total: 2,
        percent: 100,
        lastPercent: 100,
        days: 1,
        ...NO_PRACTICE,
      },
    });
  });

  it('lists tags in key order', () => {
    const progress = progressOf([
      attempt('2026-11-28T10:00:00.000Z', {
        'module:iam': { earned: 1, total: 1 },
        'area:zones': { earned: 1, total: 1 },
        'difficulty:advanced': { earned: 1, total: 1 },
      }),
    ]);

    expect(Object.keys(byTag(progress))).toEqual(['area:zones', 'difficulty:advanced', 'module:iam']);
  });

  it('keeps sums to 2 decimals', () => {
    const progress = progressOf([
      attempt('2026-11-27T10:00:00.000Z', { [TAG]: { earned: 0.1, total: 1 } }),
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 0.2, total: 1 } }),
    ]);

    expect(byTag(progress)[TAG]?.earned).toBe(0.3);
  });

  it('puts a ratio exactly at a threshold on it and one just below it under', () => {
    const at = progressOf([
      attempt('2026-11-27T10:00:00.000Z', { [TAG]: { earned: 8.5, total: 10 } }),
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 8.5, total: 10 } }),
    ]);
    const below = progressOf([
      attempt('2026-11-27T10:00:00.000Z', { [TAG]: { earned: 8.5, total: 10 } }),
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 8.49, total: 10 } }),
    ]);

    expect(byTag(at)[TAG]).toMatchObject({ level: 'mastered', percent: 85, lastPercent: 85 });
    expect(byTag(below)[TAG]).toMatchObject({ level: 'proficient', percent: 84, lastPercent: 84 });
  });

  it('is familiar at exactly half the points and attempted just below', () => {
    const half = progressOf([attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 1, total: 2 } })]);
    const under = progressOf([attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 4.99, total: 10 } })]);

    expect(byTag(half)[TAG]?.level).toBe('familiar');
    expect(byTag(under)[TAG]?.level).toBe('attempted');
  });

  it('is proficient at exactly 70 % overall and on the latest attempt, familiar just below', () => {
    const at = progressOf([attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 7, total: 10 } })]);
    const below = progressOf([attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 6.99, total: 10 } })]);

    expect(byTag(at)[TAG]?.level).toBe('proficient');
    expect(byTag(below)[TAG]?.level).toBe('familiar');
  });

  it('is not mastered by a perfect score on one day, however many attempts', () => {
    const progress = progressOf([
      attempt('2026-11-28T00:00:00.000Z', { [TAG]: { earned: 5, total: 5 } }),
      attempt('2026-11-28T12:00:00.000Z', { [TAG]: { earned: 5, total: 5 } }),
      attempt('2026-11-28T23:59:59.999Z', { [TAG]: { earned: 5, total: 5 } }),
    ]);

    expect(byTag(progress)[TAG]).toMatchObject({ level: 'proficient', days: 1 });
  });

  it('counts days in the time zone given, whatever offset the time was stored with', () => {
    // 23:30 and 01:30 local at +02:00 are 21:30 and 23:30 UTC on the same day.
    const sameDay = progressOf([
      attempt('2026-11-28T23:30:00+02:00', { [TAG]: { earned: 5, total: 5 } }),
      attempt('2026-11-29T01:30:00+02:00', { [TAG]: { earned: 5, total: 5 } }),
    ]);
    // 23:30 and 00:10 UTC fall on two days.
    const twoDays = progressOf([
      attempt('2026-11-28T23:30:00.000Z', { [TAG]: { earned: 5, total: 5 } }),
      attempt('2026-11-29T00:10:00.000Z', { [TAG]: { earned: 5, total: 5 } }),
    ]);

    expect(byTag(sameDay)[TAG]).toMatchObject({ level: 'proficient', days: 1 });
    expect(byTag(twoDays)[TAG]).toMatchObject({ level: 'mastered', days: 2 });
  });

  it('takes the latest attempt by time, not by stored order, and the later stored on a tie', () => {
    const byTime = progressOf([
      attempt('2026-11-29T10:00:00.000Z', { [TAG]: { earned: 9, total: 10 } }),
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 4, total: 10 } }),
    ]);
    const tie = progressOf([
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 4, total: 10 } }),
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 9, total: 10 } }),
    ]);

    expect(byTag(byTime)[TAG]?.lastPercent).toBe(90);
    expect(byTag(tie)[TAG]?.lastPercent).toBe(90);
  });

  it('takes the latest attempt that covered the topic, skipping later ones that did not', () => {
    const progress = progressOf([
      attempt('2026-11-27T10:00:00.000Z', { [TAG]: { earned: 9, total: 10 } }),
      attempt('2026-11-28T10:00:00.000Z', {
        'module:iam': { earned: 0, total: 5 },
        [TAG]: { earned: 0, total: 0 },
      }),
    ]);

    expect(byTag(progress)[TAG]).toMatchObject({ lastPercent: 90, days: 1, total: 10 });
  });

  it('leaves out tags without points available', () => {
    const progress = progressOf([attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 0, total: 0 } })], {
      tags: { 'module:iam': { earned: 0, total: 0 } },
    });

    expect(byTag(progress)).toEqual({});
  });

  it('counts an attempt whose time does not parse towards the totals only', () => {
    const progress = progressOf([
      attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 9, total: 10 } }),
      attempt('garbage', { [TAG]: { earned: 1, total: 10 } }),
    ]);
    const onlyBad = progressOf([attempt('garbage', { [TAG]: { earned: 1, total: 2 } })]);

    expect(byTag(progress)[TAG]).toMatchObject({ earned: 10, total: 20, lastPercent: 90, days: 1 });
    expect(byTag(onlyBad)[TAG]).toEqual({
      level: 'familiar',
      earned: 1,
      total: 2,
      percent: 50,
      lastPercent: null,
      days: 0,
      ...NO_PRACTICE,
    });
  });

  it('counts the learner’s local days: an evening and the next morning in Los Angeles are two days, not one UTC day', () => {
    // 17:00 on the 27th and 10:00 on the 28th in Los Angeles are both on the 28th in UTC.
    const progress = progressOf([
      attempt('2026-11-28T01:00:00.000Z', { [TAG]: { earned: 5, total: 5 } }),
      attempt('2026-11-28T18:00:00.000Z', { [TAG]: { earned: 5, total: 5 } }),
    ]);

    expect(masteryByTag(progress, 'America/Los_Angeles')[TAG]).toMatchObject({ level: 'mastered', days: 2 });
    expect(masteryByTag(progress, 'UTC')[TAG]).toMatchObject({ level: 'proficient', days: 1 });
  });

  describe('with practice (retries of missed questions and review sessions)', () => {
    it('takes the level from full quizzes only and reports practice answers apart', () => {
      // A failed full attempt (55 %), then the missed questions retried and reviewed, all right.
      const progress = progressOf([
        attempt('2026-11-27T10:00:00.000Z', { [TAG]: { earned: 5.5, total: 10 } }),
        attempt('2026-11-27T10:05:00.000Z', { [TAG]: { earned: 5, total: 5 } }, { kind: 'retry' }),
        attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 3, total: 3 } }, { kind: 'review' }),
      ]);

      expect(byTag(progress)[TAG]).toEqual({
        level: 'familiar',
        earned: 5.5,
        total: 10,
        percent: 55,
        lastPercent: 55,
        days: 1,
        practiceEarned: 8,
        practiceTotal: 8,
        practicePercent: 100,
      });
    });

    it('adds archived practice answers to the practice figures only', () => {
      const progress = progressOf([attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 3, total: 4 } })], {
        days: { '2026-11-01': { attempts: 1, earned: 2, total: 2 } },
        practiceTags: { [TAG]: { earned: 2, total: 2 }, 'module:iam': { earned: 0, total: 0 } },
      });

      expect(byTag(progress)).toEqual({
        [TAG]: {
          level: 'proficient',
          earned: 3,
          total: 4,
          percent: 75,
          lastPercent: 75,
          days: 1,
          practiceEarned: 2,
          practiceTotal: 2,
          practicePercent: 100,
        },
      });
    });

    it('lists a topic answered only in practice as not started, with its practice answers', () => {
      const progress = progressOf([
        attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 1, total: 2 } }, { kind: 'review' }),
        attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 0, total: 0 } }, { kind: 'retry' }),
      ]);

      expect(byTag(progress)).toEqual({
        [TAG]: {
          level: 'not-started',
          earned: 0,
          total: 0,
          percent: 0,
          lastPercent: null,
          days: 0,
          practiceEarned: 1,
          practiceTotal: 2,
          practicePercent: 50,
        },
      });
    });
  });

  describe('with archived answers', () => {
    it('works from the archive alone: totals count, the latest is unknown, and they make one day', () => {
      const progress = progressOf([], {
        days: {
          '2026-10-01': { attempts: 2, earned: 9, total: 10 },
          '2026-10-02': { attempts: 1, earned: 5, total: 5 },
        },
        tags: { [TAG]: { earned: 9, total: 10 }, 'module:iam': { earned: 1, total: 4 } },
        quizzes: {},
      });

      expect(byTag(progress)).toEqual({
        [TAG]: {
          level: 'proficient',
          earned: 9,
          total: 10,
          percent: 90,
          lastPercent: null,
          days: 1,
          ...NO_PRACTICE,
        },
        'module:iam': {
          level: 'attempted',
          earned: 1,
          total: 4,
          percent: 25,
          lastPercent: null,
          days: 1,
          ...NO_PRACTICE,
        },
      });
    });

    it('adds the archive to the totals and one day when it cannot share a day with newer answers', () => {
      const progress = progressOf(
        [attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 9, total: 10 } })],
        {
          days: { '2026-11-20': { attempts: 1, earned: 8, total: 10 } },
          tags: { [TAG]: { earned: 8, total: 10 } },
        },
      );

      expect(byTag(progress)[TAG]).toEqual({
        level: 'mastered',
        earned: 17,
        total: 20,
        percent: 85,
        lastPercent: 90,
        days: 2,
        ...NO_PRACTICE,
      });
    });

    it('adds no day for the archive when it may share a day with newer answers', () => {
      const progress = progressOf(
        [attempt('2026-11-28T18:00:00.000Z', { [TAG]: { earned: 9, total: 10 } })],
        {
          days: { '2026-11-28': { attempts: 1, earned: 8, total: 10 } },
          tags: { [TAG]: { earned: 8, total: 10 } },
        },
      );

      expect(byTag(progress)[TAG]).toMatchObject({ level: 'proficient', days: 1, percent: 85 });
    });

    it('lets a poor latest attempt hold the level down despite a strong archive', () => {
      const progress = progressOf(
        [attempt('2026-11-28T10:00:00.000Z', { [TAG]: { earned: 1, total: 10 } })],
        {
          days: { '2026-11-01': { attempts: 9, earned: 90, total: 90 } },
          tags: { [TAG]: { earned: 90, total: 90 } },
        },
      );

      expect(byTag(progress)[TAG]).toMatchObject({
        level: 'familiar',
        percent: 91,
        lastPercent: 10,
        days: 2,
      });
    });
  });
});
