import { describe, expect, it } from 'vitest';
import {
  learnLink,
  resolveSection,
  sectionProblemMessage,
  type LessonSections,
} from '../../../../src/lib/quiz/learn';
import { composeQuiz } from '../../../../src/lib/quiz/compose';
import type { Quiz } from '../../../../src/schemas/quiz';
import { makeQuiz, makeSingleChoice } from '../../../fixtures/builders';

const lessons = new Map<string, LessonSections>([
  [
    'iam/policy-types',
    {
      title: 'Policy types',
      headings: [
        { slug: 'the-types-that-grant', text: 'The types that grant' },
        { slug: 'permissions-boundaries', text: 'Permissions boundaries' },
      ],
    },
  ],
  ['iam/identity-at-scale', { title: 'Identity at scale', headings: [{ slug: 'abac', text: 'ABAC' }] }],
]);

describe('resolveSection', () => {
  it('links a bare anchor to the heading of the quiz’s own lesson, labelled by heading and lesson', () => {
    expect(resolveSection('permissions-boundaries', 'iam/policy-types', lessons)).toEqual({
      link: {
        href: '/lessons/iam/policy-types/#permissions-boundaries',
        label: 'Permissions boundaries · Policy types',
      },
    });
  });

  it('links "<lesson>#<anchor>" to that lesson, whatever the quiz’s own lesson', () => {
    expect(resolveSection('iam/identity-at-scale#abac', 'iam/policy-types', lessons)).toEqual({
      link: { href: '/lessons/iam/identity-at-scale/#abac', label: 'ABAC · Identity at scale' },
    });
    expect(resolveSection('iam/identity-at-scale#abac', undefined, lessons)).toEqual({
      link: { href: '/lessons/iam/identity-at-scale/#abac', label: 'ABAC · Identity at scale' },
    });
  });

  it('names what is wrong: a bare anchor without a lesson, an unknown lesson, an unknown anchor with the choices', () => {
    expect(resolveSection('abac', undefined, lessons)).toEqual({
      problem: { code: 'needs-lesson', anchor: 'abac' },
    });
    expect(resolveSection('iam/nope#abac', undefined, lessons)).toEqual({
      problem: { code: 'no-lesson', lesson: 'iam/nope' },
    });
    expect(resolveSection('boundaries', 'iam/policy-types', lessons)).toEqual({
      problem: {
        code: 'no-anchor',
        lesson: 'iam/policy-types',
        anchor: 'boundaries',
        available: ['the-types-that-grant', 'permissions-boundaries'],
      },
    });
  });
});

describe('sectionProblemMessage', () => {
  it('gives the author the fix for each problem', () => {
    expect(sectionProblemMessage({ code: 'needs-lesson', anchor: 'abac' })).toBe(
      'section "abac": this quiz belongs to no lesson, so name the lesson too: "<module>/<slug>#abac"',
    );
    expect(sectionProblemMessage({ code: 'no-lesson', lesson: 'iam/nope' })).toBe(
      'section: no lesson "iam/nope"; use a lesson id "<module>/<slug>" (the file name without its number)',
    );
    expect(
      sectionProblemMessage({
        code: 'no-anchor',
        lesson: 'iam/policy-types',
        anchor: 'x',
        available: ['a', 'b'],
      }),
    ).toBe('section: lesson iam/policy-types has no heading with the anchor "x"; its anchors are: a, b');
  });
});

describe('learnLink', () => {
  it('links a question with a section to that section', () => {
    expect(
      learnLink('q', { id: 'a', section: 'permissions-boundaries' }, 'iam/policy-types', lessons),
    ).toEqual({
      href: '/lessons/iam/policy-types/#permissions-boundaries',
      label: 'Permissions boundaries · Policy types',
    });
  });

  it('links a lesson quiz’s question without a section to the top of its lesson', () => {
    expect(learnLink('q', { id: 'a' }, 'iam/identity-at-scale', lessons)).toEqual({
      href: '/lessons/iam/identity-at-scale/',
      label: 'Identity at scale',
    });
  });

  it('gives no link to a question without a section in a quiz of no (known) lesson', () => {
    expect(learnLink('iam-module', { id: 'a' }, undefined, lessons)).toBeUndefined();
    expect(learnLink('iam-module', { id: 'a' }, 'iam/gone', lessons)).toBeUndefined();
  });

  it('fails the build naming the quiz file, the question and the fix', () => {
    expect(() => learnLink('iam-module', { id: 'scenario', section: 'abac' }, undefined, lessons)).toThrow(
      'content/quizzes/iam-module.yaml: question "scenario": section "abac": this quiz belongs to no lesson',
    );
  });
});

describe('composeQuiz with learn links', () => {
  const quizzes: Record<string, Quiz> = {
    'iam-policy-types': makeQuiz({
      questions: [
        makeSingleChoice({ id: 'q1', section: 'permissions-boundaries' }),
        makeSingleChoice({ id: 'q2' }),
      ],
    }),
    'iam-module': makeQuiz({
      questions: [
        makeSingleChoice({ id: 'own', section: 'iam/identity-at-scale#abac' }),
        makeSingleChoice({ id: 'bare' }),
      ],
      from: ['iam-policy-types'],
    }),
  };
  const lessonOf: Record<string, string> = { 'iam-policy-types': 'iam/policy-types' };
  const catalog = {
    quiz: (id: string) => quizzes[id],
    moduleOf: () => 'iam',
    learn: (id: string, question: { id: string; section?: string | undefined }) =>
      learnLink(id, question, lessonOf[id], lessons),
  };

  it('replaces each section by its link; pooled questions keep the link to their own lesson', () => {
    const composed = composeQuiz('iam-module', catalog);
    expect(composed.questions.map(({ id, learn }) => [id, learn?.href])).toEqual([
      ['own', '/lessons/iam/identity-at-scale/#abac'],
      ['bare', undefined],
      ['iam-policy-types/q1', '/lessons/iam/policy-types/#permissions-boundaries'],
      ['iam-policy-types/q2', '/lessons/iam/policy-types/'],
    ]);
    expect(composed.questions.filter((question) => 'section' in question)).toEqual([]);
  });

  it('leaves questions without links when the catalog has no learn', () => {
    const composed = composeQuiz('iam-policy-types', { quiz: catalog.quiz, moduleOf: catalog.moduleOf });
    expect(composed.questions.map((question) => question.learn)).toEqual([undefined, undefined]);
    expect(composed.questions.filter((question) => 'section' in question)).toEqual([]);
  });
});
