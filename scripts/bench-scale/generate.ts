// Content for the scale benchmark: N lessons that are copies of the real ones (rotating through
// them), each with a new id, slug, title and its own quiz, grouped in modules of 8 to 12 lessons,
// each module with a module quiz (the real module quizzes' own questions, rotating) and the final
// assessment drawing from every module quiz. Glossary terms and learning paths are pointed at the
// first copy of the lesson they name, so every cross-reference the build checks still resolves.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** A real lesson, read from content/lessons/. */
interface RealLesson {
  /** Lesson id, `<module>/<slug>` (number prefix dropped). */
  id: string;
  module: string;
  slug: string;
  title: string;
  quiz: string;
  /** The MDX file's text. */
  text: string;
}

/** A generated lesson: a copy of `real` in module `module`. */
export interface GeneratedLesson {
  id: string;
  module: string;
  slug: string;
  title: string;
  quiz: string;
  order: number;
  real: RealLesson;
}

export interface GeneratedModule {
  id: string;
  title: string;
  description: string;
  order: number;
  quiz: string;
  lessons: GeneratedLesson[];
}

/** Lessons per module, in turn: 8 to 12, about 10 on average. */
const MODULE_SIZES = [10, 8, 12, 9, 11];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The real lessons in course order (module order, then lesson order). */
export function readRealLessons(root: string): RealLesson[] {
  const modules = yaml.load(readFileSync(join(root, 'content/modules.yaml'), 'utf8')) as { id: string }[];
  return modules.flatMap(({ id: module }) =>
    readdirSync(join(root, 'content/lessons', module))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(root, 'content/lessons', module, name), 'utf8');
        const slug = name.replace(/^\d+-/, '').replace(/\.mdx$/, '');
        const field = (key: string) => {
          const value = new RegExp(`^${key}: (.*)$`, 'm').exec(text)?.[1] ?? '';
          return String(yaml.load(value));
        };
        return { id: `${module}/${slug}`, module, slug, title: field('title'), quiz: field('quiz'), text };
      }),
  );
}

/** The course plan: which real lesson each of the `count` lessons copies, and the modules. */
export function planCourse(real: readonly RealLesson[], realModules: readonly RealModule[], count: number) {
  const modules: GeneratedModule[] = [];
  let made = 0;
  while (made < count) {
    const size = Math.min(MODULE_SIZES[modules.length % MODULE_SIZES.length] ?? 10, count - made);
    const order = modules.length + 1;
    const id = `m${pad(order, 3)}`;
    const source = realModules[(order - 1) % realModules.length];
    if (source === undefined) throw new Error('content/modules.yaml has no modules');
    const lessons = Array.from({ length: size }, (_, index): GeneratedLesson => {
      const number = made + index + 1;
      const copy = real[(number - 1) % real.length];
      if (copy === undefined) throw new Error('content/lessons/ has no lessons');
      const slug = `${copy.slug}-${pad(number, 4)}`;
      return {
        id: `${id}/${slug}`,
        module: id,
        slug,
        title: `${copy.title} (${number})`,
        quiz: `${copy.quiz}-${pad(number, 4)}`,
        order: index + 1,
        real: copy,
      };
    });
    modules.push({
      id,
      title: `${source.title} (${order})`,
      description: source.description,
      order,
      quiz: `${id}-module`,
      lessons,
    });
    made += size;
  }
  return modules;
}

interface RealModule {
  id: string;
  title: string;
  description: string;
  quiz: string;
}

const DUMP = { lineWidth: -1, noRefs: true } as const;

/**
 * Replaces the course in `root` (a copy of the project) with `count` generated lessons. Returns the
 * modules written.
 */
export function writeCourse(root: string, count: number): GeneratedModule[] {
  const content = join(root, 'content');
  const realModules = yaml.load(readFileSync(join(content, 'modules.yaml'), 'utf8')) as RealModule[];
  const real = readRealLessons(root);
  const readQuiz = (id: string) =>
    yaml.load(readFileSync(join(content, 'quizzes', `${id}.yaml`), 'utf8')) as Record<string, unknown> & {
      questions?: { section?: string }[];
      title: string;
    };
  const realQuizzes = new Map(
    [...real.map((lesson) => lesson.quiz), ...realModules.map((module) => module.quiz)].map((id) => [
      id,
      readQuiz(id),
    ]),
  );
  const modules = planCourse(real, realModules, count);
  const lessons = modules.flatMap((module) => module.lessons);

  // Where a reference to a real lesson or module now points: its first copy.
  const firstCopy = new Map<string, GeneratedLesson>();
  for (const lesson of lessons) if (!firstCopy.has(lesson.real.id)) firstCopy.set(lesson.real.id, lesson);
  const moduleOfLesson = new Map(lessons.map((lesson) => [lesson.id, lesson.module]));
  const fallback = lessons[0];
  if (fallback === undefined) throw new Error('generate at least one lesson');

  /** A question's `section` with its lesson id mapped, or undefined when that lesson has no copy. */
  const mapSection = (section: string | undefined) => {
    if (section === undefined || !section.includes('#') || !section.includes('/')) return section;
    const [lessonId = '', anchor] = section.split('#');
    const copy = firstCopy.get(lessonId);
    return copy === undefined ? undefined : `${copy.id}#${anchor}`;
  };
  const withSections = (questions: { section?: string }[] = []) =>
    questions.map((question) => {
      const { section, ...rest } = question;
      const mapped = mapSection(section);
      return mapped === undefined ? rest : { ...rest, section: mapped };
    });

  rmSync(join(content, 'lessons'), { recursive: true, force: true });
  const quizDir = join(content, 'quizzes');
  for (const name of readdirSync(quizDir)) if (name !== 'final-assessment.yaml') rmSync(join(quizDir, name));

  for (const module of modules) {
    mkdirSync(join(content, 'lessons', module.id), { recursive: true });
    for (const lesson of module.lessons) {
      const text = replaceFrontmatter(lesson.real.text, {
        title: yaml.dump(lesson.title, DUMP).trim(),
        module: lesson.module,
        order: String(lesson.order),
        quiz: lesson.quiz,
      });
      writeFileSync(join(content, 'lessons', module.id, `${pad(lesson.order, 2)}-${lesson.slug}.mdx`), text);
      const quiz = realQuizzes.get(lesson.real.quiz);
      if (quiz === undefined) throw new Error(`no quiz ${lesson.real.quiz}`);
      const copy = {
        ...quiz,
        title: `${quiz.title} (${lesson.title})`,
        questions: withSections(quiz.questions),
      };
      writeFileSync(join(quizDir, `${lesson.quiz}.yaml`), yaml.dump(copy, DUMP));
    }
    const source = realModules[(module.order - 1) % realModules.length];
    const own = source === undefined ? undefined : realQuizzes.get(source.quiz);
    if (own === undefined) throw new Error(`no module quiz for ${module.id}`);
    const moduleQuiz = {
      ...own,
      title: `Module quiz: ${module.title}`,
      from: module.lessons.map((lesson) => lesson.quiz),
      questions: withSections(own.questions),
    };
    writeFileSync(join(quizDir, `${module.quiz}.yaml`), yaml.dump(moduleQuiz, DUMP));
  }

  writeFileSync(
    join(content, 'modules.yaml'),
    yaml.dump(
      modules.map(({ id, title, description, order, quiz }) => ({ id, title, description, order, quiz })),
      DUMP,
    ),
  );
  const finalPath = join(quizDir, 'final-assessment.yaml');
  const final = yaml.load(readFileSync(finalPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(finalPath, yaml.dump({ ...final, from: modules.map((module) => module.quiz) }, DUMP));

  // Glossary terms name the lesson that teaches them; paths name lessons and module quizzes.
  const glossaryDir = join(content, 'glossary');
  for (const name of readdirSync(glossaryDir)) {
    const entries = yaml.load(readFileSync(join(glossaryDir, name), 'utf8')) as { lesson: string }[];
    const mapped = entries.map((entry) => ({
      ...entry,
      lesson: (firstCopy.get(entry.lesson) ?? fallback).id,
    }));
    writeFileSync(join(glossaryDir, name), yaml.dump(mapped, DUMP));
  }
  const realModuleQuiz = new Map(realModules.map((module) => [module.quiz, module.id]));
  const moduleQuizOf = new Map(modules.map((module) => [module.id, module.quiz]));
  const pathsDir = join(content, 'paths');
  for (const name of readdirSync(pathsDir)) {
    const path = yaml.load(readFileSync(join(pathsDir, name), 'utf8')) as {
      steps: { lesson?: string; quiz?: string }[];
    };
    const steps = path.steps.flatMap((step) => {
      if (step.lesson !== undefined) {
        const copy = firstCopy.get(step.lesson);
        return copy === undefined ? [] : [{ ...step, lesson: copy.id }];
      }
      if (step.quiz === 'final-assessment') return [step];
      // A module quiz: the quiz of the module holding the first copy of that module's first lesson.
      const realModule = realModuleQuiz.get(step.quiz ?? '');
      const first = real.find((lesson) => lesson.module === realModule);
      const copy = first === undefined ? undefined : firstCopy.get(first.id);
      const quiz = copy === undefined ? undefined : moduleQuizOf.get(moduleOfLesson.get(copy.id) ?? '');
      return quiz === undefined ? [] : [{ ...step, quiz }];
    });
    // The same module quiz can now appear twice in a row: keep the first.
    const unique = steps.filter(
      (step, index) =>
        step.quiz === undefined || steps.findIndex((other) => other.quiz === step.quiz) === index,
    );
    writeFileSync(join(pathsDir, name), yaml.dump({ ...path, steps: unique }, DUMP));
  }
  return modules;
}

/** `text` with the frontmatter fields in `fields` replaced (each a one-line value). */
function replaceFrontmatter(text: string, fields: Record<string, string>): string {
  const end = text.indexOf('\n---', 3);
  let head = text.slice(0, end);
  for (const [key, value] of Object.entries(fields)) {
    const pattern = new RegExp(`^${key}: .*$`, 'm');
    if (!pattern.test(head)) throw new Error(`lesson frontmatter has no "${key}"`);
    head = head.replace(pattern, () => `${key}: ${value}`);
  }
  return head + text.slice(end);
}
