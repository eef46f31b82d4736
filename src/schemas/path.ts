import { z } from 'astro/zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One step of a learning path: a lesson (`lesson: <module>/<slug>`), a quiz (`quiz: <id>`, a
 * module quiz or the final assessment) or a lab (`lab: <id>`, a file of `content/labs/`). Exactly
 * one of the three. A lesson step is done when a full attempt at its quiz passed; a quiz step when
 * a full attempt at the quiz passed; a lab step when the lab is completed (every check passed and
 * every least-privilege probe denied).
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
      /** Lab id: the file name of `content/labs/<id>.yaml`, e.g. `s3-read-one-prefix`. */
      lab: z
        .string()
        .regex(KEBAB, 'use the lab file name without ".yaml", e.g. "s3-read-one-prefix"')
        .optional(),
      /** Optional steps are suggested; the path is complete without them. */
      optional: z.boolean({ error: 'write optional: true or leave it out' }).optional(),
      /** Estimated minutes, where the lesson's or lab's `minutes` or the quiz's time limit does not fit. */
      minutes: z.number().int().positive('give the estimated time in whole minutes').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `a step has only lesson, quiz or lab, optional and minutes: remove ${issue.keys.map((key) => `"${key}"`).join(', ')}`
          : undefined,
    },
  )
  .superRefine((step, ctx) => {
    const named = [step.lesson, step.quiz, step.lab].filter((name) => name !== undefined).length;
    if (named !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          named === 0
            ? 'name the step with "lesson: <module>/<slug>", "quiz: <quiz id>" or "lab: <lab id>"'
            : 'a step is one lesson, quiz or lab: split it into one step each',
      });
    }
  });

/** What a step names, as `lesson:<id>`, `quiz:<id>` or `lab:<id>`: no two steps of a path name the same. */
export const stepKey = (step: PathStep): string =>
  step.lesson !== undefined
    ? `lesson:${step.lesson}`
    : step.lab !== undefined
      ? `lab:${step.lab}`
      : `quiz:${step.quiz}`;

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
    .array(PathStepSchema, {
      error: 'list the steps under "steps:", each "- lesson: …", "- quiz: …" or "- lab: …"',
    })
    .min(1, 'list at least one step')
    .superRefine((steps, ctx) => {
      const seen = new Set<string>();
      steps.forEach((step, index) => {
        const key = stepKey(step);
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
