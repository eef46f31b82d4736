import { describe, expect, it } from 'vitest';
import {
  decodeDrafts,
  encodeDrafts,
  isExamDraft,
  summarizeDraft,
  withDraft,
  withoutDraft,
  type ExamDraft,
} from '../../../../src/lib/quiz/draft';
import { draftFitsQuiz } from '../../../../src/lib/quiz/draft-fit';
import { makeCategorize, makeOrdering, makeQuiz, makeSingleChoice } from '../../../fixtures/builders';

const START = '2026-12-01T10:00:00.000Z';

/** A valid draft of quiz `q` asking single, categorize and ordering, with overrides. */
function makeDraft(overrides: Partial<ExamDraft> = {}): ExamDraft {
  return {
    quizId: 'q',
    mode: 'exam',
    seed: 42,
    questionIds: ['single', 'categorize', 'ordering'],
    order: {
      single: ['c', 'a', 'b'],
      categorize: ['patching', 'guest-os', 'data-centre', 'iam-policies'],
      ordering: ['detect', 'prepare', 'recover', 'contain'],
    },
    responses: { single: ['a'], ordering: ['detect', 'prepare', 'recover', 'contain'] },
    flagged: ['categorize'],
    confidence: { single: 'sure' },
    askConfidence: true,
    current: 1,
    startedAt: START,
    deadline: '2026-12-01T11:00:00.000Z',
    timeLimitSeconds: 3600,
    ...overrides,
  };
}

const quiz = makeQuiz({ questions: [makeSingleChoice(), makeCategorize(), makeOrdering()] });

describe('decodeDrafts', () => {
  it('reads back what encodeDrafts wrote', () => {
    const drafts = withDraft({}, makeDraft());

    expect(decodeDrafts(encodeDrafts(drafts) ?? '')).toEqual({ value: drafts, problem: null });
  });

  it('gives no drafts and "unreadable" for text that is not JSON or not an object', () => {
    expect(decodeDrafts('{not json')).toEqual({ value: {}, problem: 'unreadable' });
    expect(decodeDrafts('[1, 2]')).toEqual({ value: {}, problem: 'unreadable' });
    expect(decodeDrafts('null')).toEqual({ value: {}, problem: 'unreadable' });
  });

  it('drops a tampered draft, keeps the others and says "invalid"', () => {
    const good = makeDraft({ quizId: 'good' });
    const text = JSON.stringify({ good, bad: { ...makeDraft({ quizId: 'bad' }), seed: -1 } });

    expect(decodeDrafts(text)).toEqual({ value: { good }, problem: 'invalid' });
  });
});

describe('isExamDraft', () => {
  const cases: [string, unknown][] = [
    ['not an object', 'draft'],
    ['stored under another quiz id', makeDraft({ quizId: 'other' })],
    ['a quiz id that is not an id', { ...makeDraft(), quizId: 'Q!' }],
    ['an unknown mode', { ...makeDraft(), mode: 'speedrun' }],
    ['a seed that is not an unsigned 32-bit integer', makeDraft({ seed: 2 ** 32 })],
    ['no questions', makeDraft({ questionIds: [] })],
    ['a repeated question', makeDraft({ questionIds: ['single', 'single'] })],
    ['a question id that is not an id', makeDraft({ questionIds: ['__proto__'] })],
    ['an order missing for a question', makeDraft({ order: { single: ['a'] } })],
    ['an order for a question not asked', { ...makeDraft(), order: { ...makeDraft().order, x: ['a'] } }],
    ['an order that is not a list', { ...makeDraft(), order: { ...makeDraft().order, single: 'a' } }],
    ['a response that is a number', { ...makeDraft(), responses: { single: 1 } }],
    ['a response to a question not asked', makeDraft({ responses: { other: ['a'] } })],
    ['a flag on a question not asked', makeDraft({ flagged: ['other'] })],
    ['a confidence that is neither sure nor unsure', { ...makeDraft(), confidence: { single: 'maybe' } }],
    ['askConfidence that is not a boolean', { ...makeDraft(), askConfidence: 'yes' }],
    ['a current question past the end', makeDraft({ current: 3 })],
    ['a current question that is not a whole number', makeDraft({ current: 0.5 })],
    ['a start time that is not ISO 8601', makeDraft({ startedAt: 'yesterday' })],
    ['a deadline before the start', makeDraft({ deadline: '2026-12-01T09:00:00.000Z' })],
    ['a time limit of 0', makeDraft({ timeLimitSeconds: 0 })],
  ];

  it.each(cases)('refuses a draft with %s', (_title, value) => {
    expect(isExamDraft(value, 'q')).toBe(false);
  });

  it('accepts an untimed draft with a categorize response', () => {
    const draft = makeDraft({
      deadline: null,
      timeLimitSeconds: null,
      responses: { categorize: { patching: 'shared' } },
    });

    expect(isExamDraft(draft, 'q')).toBe(true);
  });
});

describe('encodeDrafts, withDraft and withoutDraft', () => {
  it('keeps one draft per quiz: a new draft of the same quiz replaces the old one', () => {
    const drafts = withDraft(withDraft({}, makeDraft({ current: 0 })), makeDraft({ current: 2 }));

    expect(Object.values(drafts).map((draft) => draft.current)).toEqual([2]);
  });

  it('removes only the given quiz, and encodes no drafts as undefined so the key is removed', () => {
    const drafts = withDraft(withDraft({}, makeDraft()), makeDraft({ quizId: 'other' }));

    expect(Object.keys(withoutDraft(drafts, 'q'))).toEqual(['other']);
    expect(encodeDrafts(withoutDraft(withoutDraft(drafts, 'q'), 'other'))).toBeUndefined();
  });
});

describe('draftFitsQuiz', () => {
  it('fits the quiz it was taken from', () => {
    expect(draftFitsQuiz(makeDraft(), quiz)).toBe(true);
  });

  it('does not fit once a question it asked is removed', () => {
    expect(draftFitsQuiz(makeDraft(), makeQuiz({ questions: [makeSingleChoice(), makeOrdering()] }))).toBe(
      false,
    );
  });

  it('does not fit once a question it asked has different options', () => {
    const changed = makeQuiz({
      questions: [
        makeSingleChoice({ choices: makeSingleChoice().choices.slice(0, 2) }),
        makeCategorize(),
        makeOrdering(),
      ],
    });

    expect(draftFitsQuiz(makeDraft(), changed)).toBe(false);
  });
});

describe('summarizeDraft', () => {
  it('counts the questions with something in their response and the whole minutes left, rounded up', () => {
    const draft = makeDraft({ responses: { single: ['a'], categorize: {}, ordering: ['detect'] } });

    expect(summarizeDraft(draft, new Date('2026-12-01T10:07:30.000Z'))).toEqual({
      answered: 2,
      total: 3,
      minutesLeft: 53,
      expired: false,
    });
  });

  it('says when the deadline has passed', () => {
    expect(summarizeDraft(makeDraft(), new Date('2026-12-01T11:00:00.000Z'))).toMatchObject({
      minutesLeft: 0,
      expired: true,
    });
  });

  it('has no minutes left to show for an untimed exam, which never expires', () => {
    expect(
      summarizeDraft(makeDraft({ deadline: null, timeLimitSeconds: null }), new Date('2030-01-01T00:00:00Z')),
    ).toMatchObject({ minutesLeft: null, expired: false });
  });
});
