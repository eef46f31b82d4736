import { describe, expect, it } from 'vitest';
import { applyQuizResult, recordLessonVisit } from '../../../../src/lib/progress/reducers';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const LESSON = 'shared-responsibility/security-of-and-in-the-cloud';
const OTHER = 'iam/least-privilege';

describe('recordLessonVisit', () => {
  it('sets first and last visit to now on the first visit', () => {
    const progress = makeProgress([], { lessons: {} });

    const next = recordLessonVisit(progress, OTHER, new Date('2026-11-28T11:00:00.000Z'));

    expect(next.lessons).toEqual({
      [OTHER]: { firstVisitedAt: '2026-11-28T11:00:00.000Z', lastVisitedAt: '2026-11-28T11:00:00.000Z' },
    });
  });

  it('keeps the first visit and updates the last visit on a later visit', () => {
    const progress = makeProgress([], {
      lessons: {
        [LESSON]: { firstVisitedAt: '2026-11-28T09:00:00.000Z', lastVisitedAt: '2026-11-28T09:30:00.000Z' },
      },
    });

    const next = recordLessonVisit(progress, LESSON, new Date('2026-11-29T08:15:00.000Z'));

    expect(next.lessons[LESSON]).toEqual({
      firstVisitedAt: '2026-11-28T09:00:00.000Z',
      lastVisitedAt: '2026-11-29T08:15:00.000Z',
    });
  });

  it('stores times as ISO strings in UTC whatever the offset of the date given', () => {
    const next = recordLessonVisit(
      makeProgress([], { lessons: {} }),
      OTHER,
      new Date('2026-11-28T12:00:00+02:00'),
    );

    expect(next.lessons[OTHER]?.lastVisitedAt).toBe('2026-11-28T10:00:00.000Z');
  });

  it('leaves other lessons and the attempts as they were', () => {
    const attempt = makeAttempt({ id: 'attempt-1' });
    const progress = makeProgress([attempt], {
      lessons: {
        [LESSON]: { firstVisitedAt: '2026-11-28T09:00:00.000Z', lastVisitedAt: '2026-11-28T09:30:00.000Z' },
      },
    });

    const next = recordLessonVisit(progress, OTHER, new Date('2026-11-28T11:00:00.000Z'));

    expect(next).toEqual({
      version: 5,
      archive: { quizzes: {}, days: {}, tags: {}, practiceTags: {} },
      labs: {},
      lessons: {
        [LESSON]: { firstVisitedAt: '2026-11-28T09:00:00.000Z', lastVisitedAt: '2026-11-28T09:30:00.000Z' },
        [OTHER]: { firstVisitedAt: '2026-11-28T11:00:00.000Z', lastVisitedAt: '2026-11-28T11:00:00.000Z' },
      },
      attempts: [attempt],
    });
  });

  it('does not change the progress it was given', () => {
    const progress = makeProgress([], {
      lessons: {
        [LESSON]: { firstVisitedAt: '2026-11-28T09:00:00.000Z', lastVisitedAt: '2026-11-28T09:30:00.000Z' },
      },
    });
    const before = structuredClone(progress);

    recordLessonVisit(progress, LESSON, new Date('2026-11-29T08:15:00.000Z'));
    recordLessonVisit(progress, OTHER, new Date('2026-11-29T08:15:00.000Z'));

    expect(progress).toEqual(before);
  });

  it('treats a lesson named like an Object.prototype property as a first visit', () => {
    const next = recordLessonVisit(
      makeProgress([], { lessons: {} }),
      'constructor',
      new Date('2026-11-28T11:00:00.000Z'),
    );

    expect(next.lessons['constructor']).toEqual({
      firstVisitedAt: '2026-11-28T11:00:00.000Z',
      lastVisitedAt: '2026-11-28T11:00:00.000Z',
    });
  });
});

describe('applyQuizResult', () => {
  it('adds a new attempt after the existing ones', () => {
    const first = makeAttempt({ id: 'attempt-1' });
    const second = makeAttempt({ id: 'attempt-2', earned: 1, passed: false });

    const next = applyQuizResult(makeProgress([first]), second);

    expect(next.attempts).toEqual([first, second]);
  });

  it('keeps every field of an attempt as given, fractional points included', () => {
    const attempt = makeAttempt({
      id: 'attempt-2',
      earned: 1.5,
      total: 3,
      passed: false,
      mode: 'exam',
      seed: 123_456,
      questionIds: ['categorize', 'ordering'],
      responses: { categorize: { 'guest-os': 'customer' }, ordering: ['detect', 'prepare'] },
      confidence: { categorize: 'unsure' },
      durationSeconds: 41.5,
      tagScores: { 'area:shared-responsibility': { earned: 1.5, total: 3 } },
    });

    const next = applyQuizResult(makeProgress([]), attempt);

    expect(next).toEqual({ ...makeProgress([]), attempts: [attempt] });
    expect(next.version).toBe(5);
  });

  it('ignores an attempt whose id is already recorded', () => {
    const first = makeAttempt({ id: 'attempt-1', earned: 3, passed: true });
    const progress = makeProgress([first]);

    const next = applyQuizResult(progress, makeAttempt({ id: 'attempt-1', earned: 0, passed: false }));

    expect(next.attempts).toEqual([first]);
  });

  it('does not change the progress it was given', () => {
    const progress = makeProgress([makeAttempt({ id: 'attempt-1' })]);
    const before = structuredClone(progress);

    const next = applyQuizResult(progress, makeAttempt({ id: 'attempt-2' }));

    expect(progress).toEqual(before);
    expect(next.attempts).toHaveLength(2);
  });

  it('keeps the lessons of the progress it adds to', () => {
    const progress = makeProgress([], {
      lessons: {
        [LESSON]: { firstVisitedAt: '2026-11-28T09:00:00.000Z', lastVisitedAt: '2026-11-28T09:30:00.000Z' },
      },
    });

    const next = applyQuizResult(progress, makeAttempt({ id: 'attempt-1' }));

    expect(next.lessons).toEqual(progress.lessons);
  });
});
