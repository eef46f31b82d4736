// Reads every real content file with the schemas the site builds with, so a file that would
// break the build fails here first with the file, the field and the fix.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary';
import { LessonSchema, type Lesson } from '../../src/schemas/lesson';
import { ModuleSchema, type Module } from '../../src/schemas/module';
import { QuizSchema, type Quiz } from '../../src/schemas/quiz';
import { formatIssues } from '../../src/schemas/format-issues';
import type { QuizCatalog } from '../../src/lib/quiz/compose';

export const ROOT = join(import.meta.dirname, '../..');

/** Every file below `dir` whose name ends with `extension`, sorted, as paths relative to the repo. */
export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

/** The YAML frontmatter of an MDX file, parsed as Astro parses it (js-yaml). */
export function readFrontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return match === null ? undefined : load(match[1] ?? '');
}

/** Parses `data` with `schema`; returns the value or the author-facing error lines. */
export function check<S extends z.ZodType>(
  schema: S,
  file: string,
  data: unknown,
): { value: z.infer<S> } | { errors: string[] } {
  const result = schema.safeParse(data);
  return result.success ? { value: result.data } : { errors: formatIssues(file, result.error) };
}

export interface LoadedLesson {
  file: string;
  /** Entry id as Astro's glob loader makes it: the path below content/lessons without extension. */
  entryId: string;
  data: Lesson;
  /** The MDX after the frontmatter. */
  body: string;
}

export interface Content {
  modules: Module[];
  lessons: LoadedLesson[];
  quizzes: Map<string, { file: string; data: Quiz }>;
  glossary: { file: string; data: GlossaryEntry }[];
  /** Every schema error, one line each. */
  errors: string[];
}

/** Loads and validates the whole `content/` folder. */
export function loadContent(): Content {
  const errors: string[] = [];
  const modules: Module[] = [];
  const modulesFile = 'content/modules.yaml';
  const moduleData = load(readFileSync(join(ROOT, modulesFile), 'utf8'));
  if (!Array.isArray(moduleData)) {
    errors.push(`${modulesFile}: write the modules as a YAML list ("- id: …")`);
  } else {
    moduleData.forEach((entry: unknown, index) => {
      const result = check(ModuleSchema, `${modulesFile} (item ${index + 1})`, entry);
      if ('errors' in result) errors.push(...result.errors);
      else modules.push(result.value);
    });
  }

  const lessons: LoadedLesson[] = [];
  for (const file of listFiles('content/lessons', '.mdx')) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const result = check(LessonSchema, file, readFrontmatter(source));
    if ('errors' in result) errors.push(...result.errors);
    else {
      const entryId = relative('content/lessons', file).replace(/\.mdx$/, '');
      const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
      lessons.push({ file, entryId, data: result.value, body });
    }
  }

  const quizzes = new Map<string, { file: string; data: Quiz }>();
  for (const file of listFiles('content/quizzes', '.yaml')) {
    const result = check(QuizSchema, file, load(readFileSync(join(ROOT, file), 'utf8')));
    if ('errors' in result) errors.push(...result.errors);
    else
      quizzes.set(file.replace(/^content\/quizzes\//, '').replace(/\.yaml$/, ''), {
        file,
        data: result.value,
      });
  }
  const glossary: { file: string; data: GlossaryEntry }[] = [];
  for (const file of listFiles('content/glossary', '.yaml')) {
    const entries = load(readFileSync(join(ROOT, file), 'utf8'));
    if (!Array.isArray(entries)) {
      errors.push(`${file}: write the entries as a YAML list ("- id: …")`);
      continue;
    }
    entries.forEach((entry: unknown, index) => {
      const result = check(GlossaryEntrySchema, `${file} (item ${index + 1})`, entry);
      if ('errors' in result) errors.push(...result.errors);
      else glossary.push({ file, data: result.value });
    });
  }
  return { modules, lessons, quizzes, glossary, errors };
}

/**
 * The quizzes as `composeQuiz` reads them, each with the module of the lesson or module that uses
 * it; `moduleOfQuiz` is that map.
 */
export function quizCatalog(content: Content): QuizCatalog & { moduleOfQuiz: Map<string, string> } {
  const moduleOfQuiz = new Map<string, string>([
    ...content.lessons.map((lesson) => [lesson.data.quiz, lesson.data.module] as const),
    ...content.modules.map((module) => [module.quiz, module.id] as const),
  ]);
  return {
    quiz: (id) => content.quizzes.get(id)?.data,
    moduleOf: (id) => moduleOfQuiz.get(id),
    moduleOfQuiz,
  };
}
