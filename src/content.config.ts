// Wiring only: where each collection's files are and which schema checks them.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { LessonSchema } from './schemas/lesson';
import { ModuleSchema } from './schemas/module';
import { QuizSchema } from './schemas/quiz';

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

export const collections = { modules, lessons, quizzes };
