import { z } from 'astro/zod';
import { SourceSchema } from './source';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frontmatter of a lesson, `content/lessons/<module>/<nn-slug>.mdx`. */
export const LessonSchema = z.object({
  /** Title shown as the page heading and in navigation. */
  title: z.string().trim().min(1, 'add a title'),
  /** What the learner gets from the lesson, shown on the home page; at most 200 characters. */
  summary: z
    .string()
    .trim()
    .min(1, 'add a one- or two-sentence summary')
    .max(200, 'shorten the summary to 200 characters or fewer'),
  /** Id of the module in `content/modules.yaml`; must equal the lesson's folder name. */
  module: z.string().regex(KEBAB, 'use the kebab-case module id, e.g. "shared-responsibility"'),
  /** Position within the module, from 1. */
  order: z.number().int().positive('use a whole number from 1'),
  /** What the learner can do after the lesson, each starting with a verb (Explain, Identify…). */
  objectives: z
    .array(z.string().trim().min(1, 'an objective cannot be empty'))
    .min(1, 'list at least one learning objective'),
  /** Estimated reading and quiz time, in minutes. */
  minutes: z.number().int().positive('give the estimated time in whole minutes'),
  /** Date a reviewer last checked the lesson against its sources (YYYY-MM-DD). */
  lastReviewed: z.coerce.date({ error: 'write the date as YYYY-MM-DD' }),
  /** Id of the lesson's check-yourself quiz: the file name of `content/quizzes/<id>.yaml`. */
  quiz: z.string().regex(KEBAB, 'use the quiz file name without ".yaml", e.g. "shared-responsibility"'),
  /** Glossary ids of the terms the lesson teaches, listed under "Key terms" with links. */
  keyTerms: z
    .array(z.string().regex(KEBAB, 'use glossary ids, e.g. "shared-control"'))
    .min(3, 'list at least three key terms from the glossary'),
  /** Pages the lesson's facts come from, listed at the end of the lesson. */
  sources: z.array(SourceSchema).min(1, 'cite at least one source'),
});

export type Lesson = z.infer<typeof LessonSchema>;
