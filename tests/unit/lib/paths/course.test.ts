import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../../src/lib/course/outline';
import { buildCourseInput, courseFor, pathProblems } from '../../../../src/lib/paths/course';
import type { Path } from '../../../../src/schemas/path';

const outline = buildOutline(
  [
    { id: 'iam', title: 'IAM', description: 'd', order: 2 },
    { id: 'shared', title: 'Shared', description: 'd', order: 1 },
  ],
  [
    {
      id: 'iam/types',
      title: 'Types',
      summary: 's',
      module: 'iam',
      order: 1,
      minutes: 20,
      quiz: 'iam-types',
    },
    {
      id: 'shared/intro',
      title: 'Intro',
      summary: 's',
      module: 'shared',
      order: 1,
      minutes: 15,
      quiz: 'shared',
    },
  ],
);
const course = buildCourseInput(
  outline,
  new Map([
    ['iam', 'iam-module'],
    ['shared', 'shared-module'],
  ]),
  new Map([
    ['iam-module', { title: 'Module quiz: IAM', timeLimitMinutes: 20 }],
    ['final-assessment', { title: 'Final assessment' }],
  ]),
  'final-assessment',
  [{ id: 's3-read-one-prefix', title: 'Read one prefix', minutes: 15, href: '/labs/s3-read-one-prefix/' }],
);

describe('buildCourseInput', () => {
  it('lists lessons in course order and the module quizzes and final that exist, with their pages', () => {
    expect(course).toEqual({
      lessons: [
        { id: 'shared/intro', title: 'Intro', minutes: 15, quiz: 'shared' },
        { id: 'iam/types', title: 'Types', minutes: 20, quiz: 'iam-types' },
      ],
      quizzes: [
        { id: 'iam-module', title: 'Module quiz: IAM', href: '/modules/iam/', minutes: 20 },
        { id: 'final-assessment', title: 'Final assessment', href: '/assessment/', minutes: null },
      ],
      labs: [
        {
          id: 's3-read-one-prefix',
          title: 'Read one prefix',
          minutes: 15,
          href: '/labs/s3-read-one-prefix/',
        },
      ],
    });
  });

  it('leaves out a module that names no quiz, and has no labs unless given', () => {
    const input = buildCourseInput(outline, new Map(), new Map(), 'final-assessment');
    expect(input.quizzes).toEqual([]);
    expect(input.labs).toEqual([]);
  });
});

describe('pathProblems', () => {
  const file = 'content/paths/p.yaml';
  const path = (steps: Path['steps']): Path => ({ title: 't', audience: 'a', summary: 's', steps });

  it('finds nothing wrong with real steps', () => {
    expect(
      pathProblems(
        file,
        path([
          { lesson: 'iam/types' },
          { lab: 's3-read-one-prefix' },
          { quiz: 'iam-module' },
          { quiz: 'final-assessment', minutes: 60 },
        ]),
        course,
      ),
    ).toEqual([]);
  });

  it('names an unknown lab, and knows no lab in a course given none', () => {
    const { labs: _labs, ...noLabs } = course;
    expect(pathProblems(file, path([{ lab: 's3-lockdown' }]), course)).toEqual([
      'content/paths/p.yaml: steps[0].lab: no lab "s3-lockdown"; use the name of a file in content/labs/ without ".yaml"',
    ]);
    expect(pathProblems(file, path([{ lab: 's3-read-one-prefix' }]), noLabs)).toHaveLength(1);
  });

  it('names an unknown lesson, a quiz that is not a module quiz or the final, and a missing time', () => {
    expect(
      pathProblems(
        file,
        path([{ lesson: 'iam/nope' }, { quiz: 'iam-types' }, { quiz: 'final-assessment' }]),
        course,
      ),
    ).toEqual([
      'content/paths/p.yaml: steps[0].lesson: no lesson "iam/nope"; use "<module>/<slug>" of a file in content/lessons/ (the file name without its number)',
      'content/paths/p.yaml: steps[1].quiz: "iam-types" is not a module quiz or the final assessment; name one of: iam-module, final-assessment',
      "content/paths/p.yaml: steps[2].minutes: the quiz has no time limit; give the step's minutes",
    ]);
  });
});

describe('courseFor', () => {
  it('keeps only the lessons, quizzes and labs the paths name', () => {
    const path: Path = {
      title: 't',
      audience: 'a',
      summary: 's',
      steps: [{ lesson: 'iam/types' }, { quiz: 'final-assessment' }],
    };
    expect(courseFor([path], course)).toEqual({
      lessons: [{ id: 'iam/types', title: 'Types', minutes: 20, quiz: 'iam-types' }],
      quizzes: [{ id: 'final-assessment', title: 'Final assessment', href: '/assessment/', minutes: null }],
      labs: [],
    });
    expect(courseFor([{ ...path, steps: [{ lab: 's3-read-one-prefix' }] }], course).labs).toEqual(
      course.labs,
    );
    const { labs: _labs, ...noLabs } = course;
    expect(courseFor([path], noLabs).labs).toEqual([]);
  });
});
