import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION, createEmptyProgress } from '../../../../src/lib/progress/types';

describe('createEmptyProgress', () => {
  it('returns progress of the current version with no lessons and no attempts', () => {
    expect(PROGRESS_VERSION).toBe(2);
    expect(createEmptyProgress()).toEqual({ version: PROGRESS_VERSION, lessons: {}, attempts: [] });
  });

  it('returns a fresh record each time, so recording into one never changes another', () => {
    const first = createEmptyProgress();
    const second = createEmptyProgress();

    first.attempts.push({
      id: 'attempt-1',
      quizId: 'quiz',
      finishedAt: '2026-11-28T10:00:00.000Z',
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

    expect(second).toEqual({ version: PROGRESS_VERSION, lessons: {}, attempts: [] });
  });
});
