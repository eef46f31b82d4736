import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { QuizSchema } from '../../../src/schemas/quiz';
import { check, ROOT } from '../../content/load-content';
import { makeQuiz, makeSpot } from '../../fixtures/builders';

/** The author-facing error lines for an invalid quiz under tests/fixtures/invalid/quizzes/. */
function errorsFor(name: string): string[] {
  const file = `tests/fixtures/invalid/quizzes/${name}.yaml`;
  const result = check(QuizSchema, file, load(readFileSync(join(ROOT, file), 'utf8')));
  return 'errors' in result ? result.errors : [];
}

const at = (name: string) => `tests/fixtures/invalid/quizzes/${name}.yaml`;

describe('quiz schema messages name the file, the field and the fix', () => {
  it.each([
    [
      'single-choice-two-correct',
      'questions[0].choices: single-choice questions need exactly one correct choice (found 2: b, c); mark one with "correct: true" or use multiple-choice',
    ],
    [
      'single-choice-none-correct',
      'questions[0].choices: single-choice questions need exactly one correct choice (found none); mark one with "correct: true"',
    ],
    [
      'multiple-choice-one-correct',
      'questions[0].choices: multiple-choice questions need at least two correct choices (found 1: a); mark more with "correct: true" or use single-choice',
    ],
    [
      'multiple-choice-all-correct',
      'questions[0].choices: multiple-choice questions need at least one incorrect choice, or selecting everything always scores: add a plausible wrong option',
    ],
    [
      'duplicate-choice-id',
      'questions[0].choices[1].id: choice ids must be unique within a question (duplicate: "a")',
    ],
    ['duplicate-question-id', 'questions[1].id: question ids must be unique within a quiz (duplicate: "q1")'],
    [
      'all-of-the-above',
      'questions[0].choices[2].text: options are shuffled, so an option cannot refer to the others ("all of the above"): write a standalone option or use a multiple-choice question',
    ],
    [
      'missing-rationale',
      'questions[0].choices[1].rationale: add a rationale: why this option is right or wrong',
    ],
    ['true-false-missing-rationale', 'questions[0].rationales.false: add a rationale for answering False'],
    ['insecure-source', 'questions[0].source.url: use the full https:// address of the cited page'],
    [
      'unknown-type',
      'questions[0].type: set "type" to one of: single-choice, multiple-choice, true-false, categorize, ordering, spot',
    ],
    [
      'spot-two-correct-reasons',
      'questions[0].reasons: spot questions need exactly one correct reason (found 2: a, b); mark one with "correct: true"',
    ],
    [
      'spot-wrong-line-brace',
      'questions[0].wrong[0]: wrong names line 5, which the learner cannot pick (blank, only brackets, or not in selectable): name the line with the misconfigured setting',
    ],
    ['spot-wrong-line-missing', 'questions[0].wrong[0]: wrong names line 9, but the code has 5 lines'],
    [
      'spot-line-too-long',
      'questions[0].code: line 2 has 89 characters; keep lines to 80 so the code fits a phone without wrapping',
    ],
    [
      'categorize-unknown-bucket',
      'questions[0].items[1].bucket: item "training" names bucket "shared", which is not one of: aws, customer',
    ],
    [
      'ordering-duplicate-step',
      'questions[0].steps[2].id: step ids must be unique within a question (duplicate: "ec2")',
    ],
    [
      'draw-more-than-pool',
      'draw: draw asks for 5 questions but the pool has 1: lower draw or add questions',
    ],
    [
      'unknown-domain',
      'questions[0].tags.domain: set domain to one of: detection, incident-response, infrastructure, iam, data-protection, governance',
    ],
    ['sec-out-of-range', 'questions[0].tags.sec: set sec to a number from 1 to 11 (SEC 1 to SEC 11)'],
    [
      'missing-domain',
      'questions[0].tags.domain: set domain to one of: detection, incident-response, infrastructure, iam, data-protection, governance',
    ],
    [
      'missing-tags',
      'questions[0].tags: add tags: the area the question tests, its difficulty and its exam domain',
    ],
  ])('%s is rejected with its fix', (name, message) => {
    expect(errorsFor(name)).toEqual([`${at(name)}: ${message}`]);
  });
});

describe('drawOwn', () => {
  it("must be at most draw and at most the quiz's own questions", () => {
    const name = 'drawown-more-than-draw';
    expect(errorsFor(name)).toEqual([
      `${at(name)}: drawOwn: drawOwn (2) must be at most draw (1): set draw, or lower drawOwn`,
      `${at(name)}: drawOwn: drawOwn asks for 2 of the quiz's own questions but it has 1: lower drawOwn or add questions`,
    ]);
  });
});

describe('quiz schema rules', () => {
  it('accepts a quiz with one question of each type and defaults "correct" to false', () => {
    const input = makeQuiz();
    const result = QuizSchema.parse(input);
    expect(result).toEqual(input);
  });

  it('defaults the pass mark to 70 %', () => {
    const withoutPassMark: Partial<ReturnType<typeof makeQuiz>> = makeQuiz();
    delete withoutPassMark.passPercent;
    expect(QuizSchema.parse(withoutPassMark).passPercent).toBe(70);
  });

  it.each(['None of the above', 'Both A and B', 'all of these', 'Neither of them'])(
    'rejects the option "%s", which refers to other options',
    (text) => {
      const quiz = makeQuiz();
      const [first] = quiz.questions;
      if (first?.type !== 'single-choice') throw new Error('builder changed');
      const choices = first.choices.map((choice, index) => (index === 2 ? { ...choice, text } : choice));
      const errors = check(QuizSchema, 'q.yaml', { ...quiz, questions: [{ ...first, choices }] });
      expect(errors).toEqual({
        errors: [
          'q.yaml: questions[0].choices[2].text: options are shuffled, so an option cannot refer to the others ("all of the above"): write a standalone option or use a multiple-choice question',
        ],
      });
    },
  );

  it('accepts options that merely contain the words "all" or "both"', () => {
    const quiz = makeQuiz();
    const [first] = quiz.questions;
    if (first?.type !== 'single-choice') throw new Error('builder changed');
    const choices = first.choices.map((choice, index) =>
      index === 2 ? { ...choice, text: 'AWS and the customer both patch, in separate layers' } : choice,
    );
    expect(QuizSchema.safeParse({ ...quiz, questions: [{ ...first, choices }] }).success).toBe(true);
  });

  it('rejects a quiz without questions', () => {
    expect(check(QuizSchema, 'q.yaml', makeQuiz({ questions: [] }))).toEqual({
      errors: ['q.yaml: questions: add at least one question, or name quizzes to draw from in "from"'],
    });
  });

  it('rejects a pass mark above 100 %', () => {
    expect(check(QuizSchema, 'q.yaml', makeQuiz({ passPercent: 120 }))).toEqual({
      errors: ['q.yaml: passPercent: set passPercent between 1 and 100'],
    });
  });
});

describe('spot questions', () => {
  const errorsOf = (overrides: Parameters<typeof makeSpot>[0]) =>
    check(QuizSchema, 'q.yaml', makeQuiz({ questions: [makeSpot(overrides)] }));

  it('accepts the builder’s question and defaults shuffle to true', () => {
    const { shuffle: _, ...question } = makeSpot();
    const parsed = QuizSchema.parse(makeQuiz({ questions: [question as ReturnType<typeof makeSpot>] }));
    expect(parsed.questions[0]).toMatchObject({ type: 'spot', shuffle: true, wrong: [7] });
  });

  it('rejects code longer than 40 lines', () => {
    const code = Array.from({ length: 41 }, (_, index) => `line ${index + 1}`).join('\n');
    expect(errorsOf({ code, wrong: [2] })).toEqual({
      errors: ['q.yaml: questions[0].code: the code has 41 lines; keep it to 40 so it fits on a screen'],
    });
  });

  it('rejects a selectable line past the end of the code, and a wrong line left out of selectable', () => {
    expect(errorsOf({ selectable: [2, 7, 30] })).toEqual({
      errors: ['q.yaml: questions[0].selectable[2]: selectable names line 30, but the code has 11 lines'],
    });
    expect(errorsOf({ selectable: [2, 5] })).toEqual({
      errors: [
        'q.yaml: questions[0].wrong[0]: wrong names line 7, which the learner cannot pick (blank, only brackets, or not in selectable): name the line with the misconfigured setting',
      ],
    });
  });

  it('rejects a question where every line the learner can pick is wrong', () => {
    expect(errorsOf({ selectable: [6, 7], wrong: [6, 7] })).toEqual({
      errors: [
        'q.yaml: questions[0].wrong: every line the learner can pick is wrong, so any pick scores: leave some right lines selectable',
      ],
    });
  });

  it('asks for three or four reasons and an artifact kind it knows', () => {
    expect(errorsOf({ reasons: makeSpot().reasons.slice(0, 2) })).toEqual({
      errors: ['q.yaml: questions[0].reasons: give three or four reasons'],
    });
    expect(errorsOf({ artifact: { kind: 'firewall' as 'scp', label: 'x' } })).toEqual({
      errors: [
        'q.yaml: questions[0].artifact.kind: set artifact.kind to one of: identity-policy, resource-policy, bucket-policy, key-policy, trust-policy, scp, security-group, network-acl',
      ],
    });
  });
});
