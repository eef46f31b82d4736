import { z } from 'astro/zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A glossary term, in `content/glossary/<module>.yaml` (a list of these). */
export const GlossaryEntrySchema = z.object({
  /** Identifier unique across the glossary; the anchor on the glossary page and the `<Term id>`. */
  id: z.string({ error: 'add an id' }).regex(KEBAB, 'use a kebab-case id, e.g. "shared-control"'),
  /** The term as shown, e.g. "Shared control". */
  term: z.string({ error: 'add the term' }).trim().min(1, 'add the term'),
  /** One or two sentences, at most 300 characters. */
  definition: z
    .string({ error: 'add a definition' })
    .trim()
    .min(1, 'add a definition')
    .max(300, 'shorten the definition to 300 characters or fewer'),
  /** Lesson id (`<module>/<slug>`, without the number prefix) of the lesson that teaches the term. */
  lesson: z
    .string({ error: 'add the id of the lesson that teaches the term' })
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'use the lesson id "<module>/<slug>", without the number prefix'),
});

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
