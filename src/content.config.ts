// Wiring only: where each collection's files are and which schema checks them.
import { readdir, readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { load } from 'js-yaml';
import { GlossaryEntrySchema } from './schemas/glossary';
import { LabSchema } from './schemas/lab';
import { LessonSchema } from './schemas/lesson';
import { ModuleSchema } from './schemas/module';
import { PathSchema } from './schemas/path';
import { QuizSchema } from './schemas/quiz';

/**
 * Every entry of every YAML list in `folder`: one file per module keeps glossary edits apart.
 * Entries are validated by the collection's schema; an entry without a string `id` is reported
 * with its file.
 */
function yamlLists(folder: string): Loader {
  return {
    name: 'yaml-lists',
    load: async ({ store, parseData }) => {
      store.clear();
      const names = (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort();
      for (const name of names) {
        const path = `${folder}/${name}`;
        const entries: unknown = load(await readFile(path, 'utf8'));
        if (!Array.isArray(entries)) throw new Error(`${path}: write the entries as a YAML list ("- id: …")`);
        for (const [index, entry] of entries.entries()) {
          const id = (entry as { id?: unknown } | null)?.id;
          if (typeof id !== 'string') throw new Error(`${path} (item ${index + 1}): id: add an id`);
          const data = await parseData({ id, data: entry as Record<string, unknown>, filePath: path });
          store.set({ id, data, filePath: path });
        }
      }
    },
  };
}

const modules = defineCollection({
  loader: file('./content/modules.yaml'),
  schema: ModuleSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: LessonSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: QuizSchema,
});

const glossary = defineCollection({
  loader: yamlLists('./content/glossary'),
  schema: GlossaryEntrySchema,
});

const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/paths' }),
  schema: PathSchema,
});

const labs = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/labs' }),
  schema: LabSchema,
});

export const collections = { modules, lessons, quizzes, glossary, paths, labs };
