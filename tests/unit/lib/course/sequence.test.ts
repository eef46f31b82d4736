import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../../src/lib/course/outline';
import {
  courseSequence,
  FINAL_KEY,
  moduleQuizKey,
  nextStep,
  stepNeighbours,
} from '../../../../src/lib/course/sequence';
import { makeAttempt, makeProgress } from '../../../fixtures/builders';

const outline = buildOutline(
  [
    { id: 'b', title: 'Module B', description: 'Second.', order: 2 },
    { id: 'a', title: 'Module A', description: 'First.', order: 1 },
  ],
  [
    { id: 'a/two', title: 'A two', summary: '…', module: 'a', order: 2, minutes: 5, quiz: 'q-a2' },
    { id: 'a/one', title: 'A one', summary: '…', module: 'a', order: 1, minutes: 5, quiz: 'q-a1' },
    { id: 'b/one', title: 'B one', summary: '…', module: 'b', order: 1, minutes: 5, quiz: 'q-b1' },
  ],
);
const steps = courseSequence(outline, { a: 'a-module', b: 'b-module' }, 'final-assessment');
const keyOf = (step: { key: string } | null) => step?.key ?? null;

describe('courseSequence', () => {
  it("puts each module's quiz after its last lesson and the final assessment last", () => {
    expect(steps.map((step) => step.key)).toEqual([
      'a/one',
      'a/two',
      'module:a',
      'b/one',
      'module:b',
      'final',
    ]);
  });

  it('links a module quiz to the quiz on its module page and names it by its module', () => {
    expect(steps[2]).toEqual({
      kind: 'module-quiz',
      key: 'module:a',
      href: '/modules/a/#quiz-heading',
      quiz: 'a-module',
      moduleId: 'a',
      title: 'Module A',
    });
    expect(steps.at(-1)).toEqual({
      kind: 'final',
      key: 'final',
      href: '/assessment/',
      quiz: 'final-assessment',
    });
  });

  it('leaves out the quiz step of a module that names no quiz', () => {
    const keys = courseSequence(outline, { b: 'b-module' }, 'final').map((step) => step.key);
    expect(keys).toEqual(['a/one', 'a/two', 'b/one', 'module:b', 'final']);
  });
});

describe('stepNeighbours', () => {
  it("leads from a module's last lesson to its quiz, and from the quiz to the next module's first lesson", () => {
    expect(keyOf(stepNeighbours(steps, 'a/two').next)).toBe(moduleQuizKey('a'));
    expect(keyOf(stepNeighbours(steps, 'module:a').next)).toBe('b/one');
    expect(keyOf(stepNeighbours(steps, 'b/one').previous)).toBe('module:a');
  });

  it("leads from the last module's quiz to the final assessment, which has no next step", () => {
    expect(keyOf(stepNeighbours(steps, 'module:b').next)).toBe(FINAL_KEY);
    expect(stepNeighbours(steps, FINAL_KEY)).toEqual({ previous: steps[4], next: null });
  });

  it('gives the first lesson no previous step and an unknown step no neighbours', () => {
    expect(stepNeighbours(steps, 'a/one').previous).toBeNull();
    expect(stepNeighbours(steps, 'nowhere')).toEqual({ previous: null, next: null });
  });
});

const pass = (quizId: string) => makeAttempt({ id: quizId, quizId, earned: 9, total: 10, passed: true });

describe('nextStep', () => {
  const steps = [{ quiz: 'a' }, { quiz: 'a-module' }, { quiz: 'final' }];

  it('is the first step whose quiz is not passed, in course order', () => {
    expect(nextStep(steps, makeProgress([]))).toBe(steps[0]);
    expect(nextStep(steps, makeProgress([pass('a'), pass('final')]))).toBe(steps[1]);
  });

  it('is null once every step is passed', () => {
    expect(nextStep(steps, makeProgress([pass('a'), pass('a-module'), pass('final')]))).toBeNull();
  });
});
