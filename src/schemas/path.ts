import { z } from 'astro/zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One step of a learning path: a lesson (`lesson: <module>/<slug>`) or a quiz (`quiz: <id>`, a
 * module quiz or the final assessment). Exactly one of the two. A lesson step is done when a full
 * attempt at its quiz passed; a quiz step when a full attempt at the quiz passed.
 */
export const PathStepSchema = z
  .strictObject(
    {
      /** Lesson id, `<module>/<slug>` (the file name without its number), e.g. `iam/policy-types`. */
      lesson: z
        .string()
        .regex(LESSON_ID, 'use the lesson id "<module>/<slug>", e.g. "iam/policy-types"')
        .optional(),
      /** Quiz id: a module quiz (`iam-module`) or `final-assessment`. */
      quiz: z.string().regex(KEBAB, 'use the quiz file name without ".yaml", e.g. "iam-module"').optional(),
      /** Optional steps are suggested; the path is complete without them. */
      optional: z.boolean({ error: 'write optional: true or leave it out' }).optional(),
      /** Estimated minutes, where the lesson's `minutes` or the quiz's time limit does not fit. */
      minutes: z.number().int().positive('give the estimated time in whole minutes').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `a step has only lesson or quiz, optional and minutes: remove ${issue.keys.map((key) => `"${key}"`).join(', ')}`
          : undefined,
    },
  )
  .superRefine((step, ctx) => {
    if ((step.lesson === undefined) === (step.quiz === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          step.lesson === undefined
            ? 'name the step with "lesson: <module>/<slug>" or "quiz: <quiz id>"'
            : 'a step is a lesson or a quiz, not both: split it into two steps',
      });
    }
  });

/** A learning path, `content/paths/<id>.yaml`; the id is the file name. */
export const PathSchema = z.object({
  /** Title shown on the path list, the path page and the completion record. */
  title: z
    .string({ error: 'add a title, e.g. "New engineer onboarding"' })
    .trim()
    .min(1, 'add a title, e.g. "New engineer onboarding"'),
  /** Who the path is for, in one sentence. */
  audience: z
    .string({ error: 'say who the path is for, e.g. "Engineers joining a team"' })
    .trim()
    .min(1, 'say who the path is for, e.g. "Engineers joining a team"'),
  /** What the learner gets, at most 300 characters. */
  summary: z
    .string({ error: 'add a one- or two-sentence summary' })
    .trim()
    .min(1, 'add a one- or two-sentence summary')
    .max(300, 'shorten the summary to 300 characters or fewer'),
  /** The steps in the order the learner takes them. */
  steps: z
    .array(PathStepSchema, { error: 'list the steps under "steps:", each "- lesson: …" or "- quiz: …"' })
    .min(1, 'list at least one step')
    .superRefine((steps, ctx) => {
      const seen = new Set<string>();
      steps.forEach((step, index) => {
        const key = step.lesson === undefined ? `quiz:${step.quiz}` : `lesson:${step.lesson}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `"${key.replace(':', ': ')}" is already a step: remove the repeat`,
          });
        }
        seen.add(key);
      });
      if (steps.length > 0 && steps.every((step) => step.optional === true)) {
        ctx.addIssue({ code: 'custom', path: [], message: 'make at least one step required' });
      }
    }),
});

export type PathStep = z.infer<typeof PathStepSchema>;
export type Path = z.infer<typeof PathSchema>;
