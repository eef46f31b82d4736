import { describe, expect, it } from 'vitest';
import { gradeQuiz, type QuizResult } from '../../../../src/lib/quiz/grade-quiz';
import {
  durationParts,
  fixTheseFirst,
  topicRows,
  weakestModules,
  type TopicRow,
} from '../../../../src/lib/quiz/results-summary';
import { makeCategorize, makeQuiz, makeSingleChoice } from '../../../fixtures/builders';

/** A result line: `earned` of 1 point, with tags in `module` and `area`. */
function line(questionId: string, earned: number, outcome?: QuizResult['questions'][number]['outcome']) {
  return {
    questionId,
    outcome: outcome ?? (earned === 1 ? 'correct' : 'incorrect'),
    earned,
    total: 1,
    tags: { area: 'patch-management', difficulty: 'foundational', domain: 'governance' },
  } as const;
}

const resultOf = (lines: ReturnType<typeof line>[]): QuizResult => ({
  earned: lines.reduce((sum, entry) => sum + entry.earned, 0),
  total: lines.length,
  percent: 0,
  passed: false,
  questions: lines,
});

describe('topicRows', () => {
  const quiz = makeQuiz({
    questions: [
      makeSingleChoice({
        id: 'q1',
        tags: { area: 'zeta', difficulty: 'advanced', domain: 'iam', sec: 10, module: 'iam' },
      }),
      makeSingleChoice({
        id: 'q2',
        tags: { area: 'alpha', difficulty: 'foundational', domain: 'governance', sec: 2 },
      }),
    ],
  });
  const result = gradeQuiz(quiz, ['q1', 'q2'], { q1: ['a'], q2: ['b'] });

  it('lists modules, exam domains, security pillar questions by number, areas, then difficulties from easy to hard', () => {
    const rows = topicRows(result, 'shared', (key) => key);
    expect(rows.map((row) => row.key)).toEqual([
      'module:iam',
      'module:shared',
      'domain:governance',
      'domain:iam',
      'sec:2',
      'sec:10',
      'area:alpha',
      'area:zeta',
      'difficulty:foundational',
      'difficulty:advanced',
    ]);
  });

  it('orders rows of one kind by the name the learner reads, not by the key', () => {
    const names: Record<string, string> = { 'area:alpha': 'Zoning', 'area:zeta': 'Access' };
    const rows = topicRows(result, undefined, (key) => names[key] ?? key);
    expect(rows.filter((row) => row.key.startsWith('area:')).map((row) => row.key)).toEqual([
      'area:zeta',
      'area:alpha',
    ]);
  });

  it('gives each row its points and whole percentage', () => {
    const rows = topicRows(result, undefined, (key) => key);
    expect(rows.find((row) => row.key === 'area:zeta')).toEqual({
      key: 'area:zeta',
      earned: 1,
      total: 1,
      percent: 100,
    });
    expect(rows.find((row) => row.key === 'area:alpha')?.percent).toBe(0);
  });
});

describe('weakestModules', () => {
  const row = (key: string, percent: number): TopicRow => ({ key, earned: percent, total: 100, percent });
  const rows = [
    row('module:a', 80),
    row('module:b', 40),
    row('module:c', 10),
    row('module:d', 40),
    row('module:e', 69),
    row('area:x', 0),
  ];

  it('names the modules below the pass mark, weakest first, ties in row order, at most the limit', () => {
    expect(weakestModules(rows, 70, 3)).toEqual([
      { id: 'c', percent: 10 },
      { id: 'b', percent: 40 },
      { id: 'd', percent: 40 },
    ]);
  });

  it('names none when every module reached the pass mark, and never an area', () => {
    expect(weakestModules([row('module:a', 70), row('area:x', 0)], 70, 3)).toEqual([]);
  });
});

describe('fixTheseFirst', () => {
  const result = resultOf([
    line('right', 1),
    line('partly', 0.5),
    line('wrong', 0),
    line('skipped', 0, 'unanswered'),
    line('sure-partly', 0.67),
    line('sure-wrong', 0),
  ]);

  it('puts answers the learner was sure of first, then the other misses, each group from fewest points, ties in the order asked', () => {
    const confidence = { 'sure-partly': 'sure', 'sure-wrong': 'sure', wrong: 'unsure' } as const;
    expect(fixTheseFirst(result, confidence, 10)).toEqual({
      items: [
        { questionId: 'sure-wrong', sure: true },
        { questionId: 'sure-partly', sure: true },
        { questionId: 'wrong', sure: false },
        { questionId: 'skipped', sure: false },
        { questionId: 'partly', sure: false },
      ],
      more: 0,
    });
  });

  it('never counts a right answer, even one the learner was sure of', () => {
    const { items } = fixTheseFirst(result, { right: 'sure' }, 10);
    expect(items.map((item) => item.questionId)).not.toContain('right');
  });

  it('never calls an unanswered question a sure mistake', () => {
    const { items } = fixTheseFirst(result, { skipped: 'sure' }, 10);
    expect(items.find((item) => item.questionId === 'skipped')).toEqual({
      questionId: 'skipped',
      sure: false,
    });
  });

  it('keeps to the limit and says how many more were missed', () => {
    expect(fixTheseFirst(result, {}, 2)).toEqual({
      items: [
        { questionId: 'wrong', sure: false },
        { questionId: 'skipped', sure: false },
      ],
      more: 3,
    });
  });

  it('lists nothing when every answer was right', () => {
    expect(fixTheseFirst(resultOf([line('right', 1)]), {}, 5)).toEqual({ items: [], more: 0 });
  });

  it('reads a partly sorted question from a real grading as a miss', () => {
    const quiz = makeQuiz({ questions: [makeCategorize({ id: 'sort' })] });
    const graded = gradeQuiz(quiz, ['sort'], { sort: {} });
    expect(fixTheseFirst(graded, {}, 5).items).toEqual([{ questionId: 'sort', sure: false }]);
  });
});

describe('durationParts', () => {
  it('splits seconds into minutes and seconds, an hour and more still in minutes', () => {
    expect(durationParts(252)).toEqual({ minutes: 4, seconds: 12 });
    expect(durationParts(4_503)).toEqual({ minutes: 75, seconds: 3 });
    expect(durationParts(42)).toEqual({ minutes: 0, seconds: 42 });
  });

  it('rounds to whole seconds and never goes below zero (a clock set back)', () => {
    expect(durationParts(59.6)).toEqual({ minutes: 1, seconds: 0 });
    expect(durationParts(-5)).toEqual({ minutes: 0, seconds: 0 });
  });
});
