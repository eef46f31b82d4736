import { describe, expect, it } from 'vitest';
import {
  buildOutline,
  lessonIdFromEntry,
  type LessonInput,
  type ModuleInput,
} from '../../../../src/lib/course/outline';

/** A module; pass what the test is about. */
function makeModule(overrides: Partial<ModuleInput> & Pick<ModuleInput, 'id' | 'order'>): ModuleInput {
  return { title: `Module ${overrides.id}`, description: 'What the module covers.', ...overrides };
}

/** A lesson; pass what the test is about. */
function makeLesson(
  overrides: Partial<LessonInput> & Pick<LessonInput, 'id' | 'module' | 'order'>,
): LessonInput {
  return {
    title: `Lesson ${overrides.id}`,
    summary: 'What the lesson covers.',
    minutes: 10,
    quiz: 'quiz',
    ...overrides,
  };
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('lessonIdFromEntry', () => {
  it('drops the numeric order prefix of the file name', () => {
    expect(lessonIdFromEntry('shared-responsibility/01-of-and-in')).toBe('shared-responsibility/of-and-in');
  });

  it('a renumbered lesson file keeps its id', () => {
    expect(lessonIdFromEntry('iam/07-least-privilege')).toBe(lessonIdFromEntry('iam/3-least-privilege'));
  });

  it('drops a prefix of any length', () => {
    expect(lessonIdFromEntry('iam/120-roles')).toBe('iam/roles');
  });

  it('keeps the numeric prefix of a folder', () => {
    expect(lessonIdFromEntry('01-shared-responsibility/02-of-and-in')).toBe(
      '01-shared-responsibility/of-and-in',
    );
  });

  it('drops the prefix of a file that is not in a folder', () => {
    expect(lessonIdFromEntry('01-intro')).toBe('intro');
  });

  it('leaves an id without a prefix alone', () => {
    expect(lessonIdFromEntry('shared-responsibility/of-and-in')).toBe('shared-responsibility/of-and-in');
  });

  it('drops only the first numeric part of the file name', () => {
    expect(lessonIdFromEntry('iam/01-2-factor')).toBe('iam/2-factor');
  });

  it('keeps numbers inside the file name', () => {
    expect(lessonIdFromEntry('s3/bucket-01-policies')).toBe('s3/bucket-01-policies');
  });

  it('keeps a file name that is only a number, or a number and a dash', () => {
    expect(lessonIdFromEntry('iam/01')).toBe('iam/01');
    expect(lessonIdFromEntry('iam/01-')).toBe('iam/01-');
  });
});

describe('buildOutline', () => {
  it('orders modules and their lessons by order and adds each lesson address', () => {
    const modules = [
      makeModule({ id: 'iam', order: 2 }),
      makeModule({ id: 'shared-responsibility', order: 1 }),
    ];
    const lessons = [
      makeLesson({ id: 'iam/roles', module: 'iam', order: 2 }),
      makeLesson({ id: 'shared-responsibility/intro', module: 'shared-responsibility', order: 1 }),
      makeLesson({ id: 'iam/users', module: 'iam', order: 1 }),
    ];

    expect(buildOutline(modules, lessons)).toEqual({
      modules: [
        {
          ...modules[1],
          lessons: [{ ...lessons[1], href: '/lessons/shared-responsibility/intro/' }],
        },
        {
          ...modules[0],
          lessons: [
            { ...lessons[2], href: '/lessons/iam/users/' },
            { ...lessons[0], href: '/lessons/iam/roles/' },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('orders by number, not by text (2 before 10)', () => {
    const modules = [makeModule({ id: 'm', order: 1 })];
    const lessons = [
      makeLesson({ id: 'm/ten', module: 'm', order: 10 }),
      makeLesson({ id: 'm/two', module: 'm', order: 2 }),
    ];

    expect(ids(buildOutline(modules, lessons).modules[0]?.lessons ?? [])).toEqual(['m/two', 'm/ten']);
  });

  it('breaks a tie in module order by id and warns about it', () => {
    const modules = [makeModule({ id: 'network', order: 1 }), makeModule({ id: 'iam', order: 1 })];
    const lessons = [
      makeLesson({ id: 'network/vpc', module: 'network', order: 1 }),
      makeLesson({ id: 'iam/users', module: 'iam', order: 1 }),
    ];

    const outline = buildOutline(modules, lessons);

    expect(ids(outline.modules)).toEqual(['iam', 'network']);
    expect(outline.warnings).toEqual([
      'Modules "iam" and "network" in content/modules.yaml share order 1. Give each a different "order".',
    ]);
  });

  it('breaks a tie in lesson order by id and warns about it', () => {
    const modules = [makeModule({ id: 'iam', order: 1 })];
    const lessons = [
      makeLesson({ id: 'iam/users', module: 'iam', order: 3 }),
      makeLesson({ id: 'iam/roles', module: 'iam', order: 3 }),
    ];

    const outline = buildOutline(modules, lessons);

    expect(ids(outline.modules[0]?.lessons ?? [])).toEqual(['iam/roles', 'iam/users']);
    expect(outline.warnings).toEqual([
      'Lessons "iam/roles" and "iam/users" in module "iam" share order 3. Give each a different "order".',
    ]);
  });

  it('warns once for each neighbouring pair when three lessons share an order', () => {
    const modules = [makeModule({ id: 'iam', order: 1 })];
    const lessons = [
      makeLesson({ id: 'iam/c', module: 'iam', order: 1 }),
      makeLesson({ id: 'iam/b', module: 'iam', order: 1 }),
      makeLesson({ id: 'iam/a', module: 'iam', order: 1 }),
    ];

    expect(buildOutline(modules, lessons).warnings).toEqual([
      'Lessons "iam/a" and "iam/b" in module "iam" share order 1. Give each a different "order".',
      'Lessons "iam/b" and "iam/c" in module "iam" share order 1. Give each a different "order".',
    ]);
  });

  it('does not warn when lessons in different modules share an order', () => {
    const modules = [makeModule({ id: 'iam', order: 1 }), makeModule({ id: 'network', order: 2 })];
    const lessons = [
      makeLesson({ id: 'iam/users', module: 'iam', order: 1 }),
      makeLesson({ id: 'network/vpc', module: 'network', order: 1 }),
    ];

    expect(buildOutline(modules, lessons).warnings).toEqual([]);
  });

  it('leaves out a lesson whose module does not exist and warns about it', () => {
    const modules = [makeModule({ id: 'iam', order: 1 })];
    const lessons = [
      makeLesson({ id: 'iam/users', module: 'iam', order: 1 }),
      makeLesson({ id: 'netwrok/vpc', module: 'netwrok', order: 1 }),
    ];

    const outline = buildOutline(modules, lessons);

    expect(outline.modules.flatMap((module) => ids(module.lessons))).toEqual(['iam/users']);
    expect(outline.warnings).toEqual([
      'Lesson "netwrok/vpc" names module "netwrok", which is not in content/modules.yaml, so it is left out of the course. Add the module or fix the lesson\'s "module" field.',
    ]);
  });

  it('keeps a module without lessons and warns about it', () => {
    const modules = [makeModule({ id: 'iam', order: 1 }), makeModule({ id: 'logging', order: 2 })];
    const lessons = [makeLesson({ id: 'iam/users', module: 'iam', order: 1 })];

    const outline = buildOutline(modules, lessons);

    expect(outline.modules[1]).toEqual({ ...modules[1], lessons: [] });
    expect(outline.warnings).toEqual([
      'Module "logging" has no lessons. Add a lesson under content/lessons/logging/ or remove the module.',
    ]);
  });

  it('lists every kind of warning: unknown modules first, then modules, then each module in order', () => {
    const modules = [
      makeModule({ id: 'network', order: 2 }),
      makeModule({ id: 'logging', order: 2 }),
      makeModule({ id: 'iam', order: 1 }),
    ];
    const lessons = [
      makeLesson({ id: 'iam/users', module: 'iam', order: 1 }),
      makeLesson({ id: 'iam/roles', module: 'iam', order: 1 }),
      makeLesson({ id: 'storage/s3', module: 'storage', order: 1 }),
      makeLesson({ id: 'network/vpc', module: 'network', order: 1 }),
      makeLesson({ id: 'network/subnets', module: 'network', order: 1 }),
      makeLesson({ id: 'compute/ec2', module: 'compute', order: 1 }),
    ];

    expect(buildOutline(modules, lessons).warnings).toEqual([
      'Lesson "storage/s3" names module "storage", which is not in content/modules.yaml, so it is left out of the course. Add the module or fix the lesson\'s "module" field.',
      'Lesson "compute/ec2" names module "compute", which is not in content/modules.yaml, so it is left out of the course. Add the module or fix the lesson\'s "module" field.',
      'Modules "logging" and "network" in content/modules.yaml share order 2. Give each a different "order".',
      'Lessons "iam/roles" and "iam/users" in module "iam" share order 1. Give each a different "order".',
      'Module "logging" has no lessons. Add a lesson under content/lessons/logging/ or remove the module.',
      'Lessons "network/subnets" and "network/vpc" in module "network" share order 1. Give each a different "order".',
    ]);
  });

  it('returns an empty outline without warnings when there is no content', () => {
    expect(buildOutline([], [])).toEqual({ modules: [], warnings: [] });
  });

  it('does not reorder the arrays it was given', () => {
    const modules = [makeModule({ id: 'b', order: 2 }), makeModule({ id: 'a', order: 1 })];
    const lessons = [
      makeLesson({ id: 'a/y', module: 'a', order: 2 }),
      makeLesson({ id: 'a/x', module: 'a', order: 1 }),
    ];

    buildOutline(modules, lessons);

    expect(ids(modules)).toEqual(['b', 'a']);
    expect(ids(lessons)).toEqual(['a/y', 'a/x']);
  });
});
