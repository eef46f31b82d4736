import { describe, expect, it } from 'vitest';
import {
  PROGRESS_VERSION,
  createEmptyArchive,
  createEmptyProgress,
} from '../../../../src/lib/progress/types';

const EMPTY_ARCHIVE = { quizzes: {}, days: {}, tags: {}, practiceTags: {} };

describe('createEmptyProgress', () => {
  it('returns progress of the current version with no lessons, no attempts and an empty archive', () => {
    expect(PROGRESS_VERSION).toBe(5);
    expect(createEmptyProgress()).toEqual({
      version: PROGRESS_VERSION,
      lessons: {},
      attempts: [],
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
  });

  it('returns a fresh record each time, so recording into one never changes another', () => {
    const first = createEmptyProgress();
    const second = createEmptyProgress();

    first.attempts.push({
      id: 'attempt-1',
      quizId: 'quiz',
      finishedAt: '2026-11-28T10:00:00.000Z',
      kind: 'quiz',
      earned: 1,
      total: 1,
      passed: true,
      mode: 'practice',
      seed: null,
      questionIds: [],
      responses: {},
      confidence: {},
      durationSeconds: null,
      tagScores: {},
    });
    first.lessons['module/lesson'] = {
      firstVisitedAt: '2026-11-28T10:00:00.000Z',
      lastVisitedAt: '2026-11-28T10:00:00.000Z',
    };
    first.archive.days['2026-11-28'] = { attempts: 1, earned: 1, total: 1 };

    expect(second).toEqual({
      version: PROGRESS_VERSION,
      lessons: {},
      attempts: [],
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
  });
});

describe('createEmptyArchive', () => {
  it('returns an archive with no quizzes, days or tags, fresh each time', () => {
    const first = createEmptyArchive();
    first.tags['area:iam'] = { earned: 1, total: 1 };

    expect(createEmptyArchive()).toEqual(EMPTY_ARCHIVE);
  });
});
