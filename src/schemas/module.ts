import { z } from 'astro/zod';

/** A course module: a group of lessons on one topic, listed in `content/modules.yaml`. */
export const ModuleSchema = z.object({
  /** Stable identifier, also the name of the module's folder under `content/lessons/`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use kebab-case, e.g. "shared-responsibility"'),
  /** Title shown in navigation and on the home page. */
  title: z.string().trim().min(1, 'add a title'),
  /** One or two sentences shown under the module title on the home page. */
  description: z.string().trim().min(1, 'add a one-sentence description'),
  /** Position in the course, from 1. Modules are listed in ascending order. */
  order: z.number().int().positive('use a whole number from 1'),
  /** Id of the module quiz (`content/quizzes/<id>.yaml`), usually drawn `from` the lessons' quizzes. */
  quiz: z
    .string({ error: 'add the id of the module quiz' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use the quiz file name without ".yaml"'),
});

export type Module = z.infer<typeof ModuleSchema>;
