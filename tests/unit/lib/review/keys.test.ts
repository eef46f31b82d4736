import { describe, expect, it } from 'vitest';
import { isQuestionKey, questionKey } from '../../../../src/lib/review/keys';

describe('questionKey', () => {
  it('puts the quiz id before a question of that quiz', () => {
    expect(questionKey('iam-policy-types', 'least-privilege')).toBe('iam-policy-types/least-privilege');
  });

  it('keeps the id of a question pulled into a module quiz or the final assessment', () => {
    expect(questionKey('iam-module', 'iam-policy-types/least-privilege')).toBe(
      'iam-policy-types/least-privilege',
    );
    expect(questionKey('final-assessment', 'iam-policy-types/least-privilege')).toBe(
      questionKey('iam-policy-types', 'least-privilege'),
    );
  });
});

describe('isQuestionKey', () => {
  it.each(['iam-policy-types/least-privilege', 'a/b', 'quiz-2/q-10'])('accepts %j', (key) => {
    expect(isQuestionKey(key)).toBe(true);
  });

  it.each([
    ['no "/"', 'least-privilege'],
    ['two "/"', 'a/b/c'],
    ['an empty part', 'quiz/'],
    ['capitals', 'Quiz/q'],
    ['spaces', 'quiz/a b'],
    ['a leading hyphen', 'quiz/-q'],
    ['a prototype name as a part', 'quiz/constructor'],
    ['a prototype name as the quiz', 'constructor/q'],
    ['__proto__', '__proto__'],
    ['a part over 200 characters', `quiz/${'a'.repeat(201)}`],
  ])('refuses a key with %s', (_what, key) => {
    expect(isQuestionKey(key)).toBe(false);
  });

  it('accepts parts of exactly 200 characters', () => {
    expect(isQuestionKey(`${'a'.repeat(200)}/${'b'.repeat(200)}`)).toBe(true);
  });

  it.each([undefined, null, 42, ['a/b']])('refuses %j, which is not a string', (value) => {
    expect(isQuestionKey(value)).toBe(false);
  });
});
