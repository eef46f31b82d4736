import { z } from 'astro/zod';
import { SourceSchema } from './source';
import {
  SPOT_MAX_LINE_LENGTH,
  SPOT_MAX_LINES,
  spotCodeLines,
  spotSelectableLines,
} from '../lib/quiz/spot-lines';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Option texts that point at other options. Options are shuffled, so "all of the above" has no
 * fixed meaning; a question that needs it should be multiple-choice instead.
 */
const REFERS_TO_OTHER_OPTIONS =
  /\b(?:all|none|both|neither|any) of (?:the )?(?:above|below|these|those|them|the options)\b|\bboth [a-e] and [a-e]\b/i;

const required = (what: string) => ({ error: `add ${what}` });

/** One answer option of a choice question. */
export const ChoiceSchema = z.object({
  /** Identifier unique within the question, e.g. "a". Stored in the learner's progress. */
  id: z.string(required('an id, e.g. "a"')).regex(KEBAB, 'use a short kebab-case id, e.g. "a"'),
  /** The option as the learner reads it (plain text). Must stand alone: options are shuffled. */
  text: z
    .string(required('the option text'))
    .trim()
    .min(1, 'add the option text')
    .refine((text) => !REFERS_TO_OTHER_OPTIONS.test(text), {
      message:
        'options are shuffled, so an option cannot refer to the others ("all of the above"): write a standalone option or use a multiple-choice question',
    }),
  /** Whether choosing this option is right. Defaults to false. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown after the learner checks the answer. */
  rationale: z
    .string(required('a rationale: why this option is right or wrong'))
    .trim()
    .min(1, 'add a rationale: why this option is right or wrong'),
});

/**
 * The six domains of the AWS Certified Security – Specialty exam (SCS-C03), in the exam guide's
 * order: detection, incident response, infrastructure security, identity and access management,
 * data protection, security foundations and governance.
 */
export const EXAM_DOMAINS = [
  'detection',
  'incident-response',
  'infrastructure',
  'iam',
  'data-protection',
  'governance',
] as const;

/** Labels that group results by topic, difficulty, security pillar question and exam domain. */
export const TagsSchema = z.object(
  {
    /** Security area or Well-Architected topic the question tests, kebab-case, e.g. "patch-management". */
    area: z
      .string(required('an area, e.g. "patch-management"'))
      .regex(KEBAB, 'use a kebab-case area, e.g. "patch-management"'),
    /** How hard the question is for someone who has read the lesson. */
    difficulty: z.enum(['foundational', 'intermediate', 'advanced'], {
      error: 'set difficulty to foundational, intermediate or advanced',
    }),
    /**
     * The Well-Architected security pillar question the question serves, 1–11 (SEC 1 "How do you
     * securely operate your workload?" … SEC 11 application security). Leave it out where none applies.
     */
    sec: z
      .number({ error: 'set sec to the number of the security pillar question, 1 to 11, or leave it out' })
      .int('set sec to a whole number from 1 to 11')
      .min(1, 'set sec to a number from 1 to 11 (SEC 1 to SEC 11)')
      .max(11, 'set sec to a number from 1 to 11 (SEC 1 to SEC 11)')
      .optional(),
    /** The AWS Certified Security – Specialty (SCS-C03) exam domain the question belongs to. */
    domain: z.enum(EXAM_DOMAINS, {
      error: `set domain to one of: ${EXAM_DOMAINS.join(', ')}`,
    }),
    /** Module of the question. Set by the build from the lesson or module that uses the quiz; do not write it. */
    module: z.string().regex(KEBAB).optional(),
  },
  required('tags: the area the question tests, its difficulty and its exam domain'),
);

/** Fields every question type shares. */
const QuestionBase = z.object({
  /** Identifier unique within the quiz (kebab-case). Stored in progress: renaming it orphans old answers. */
  id: z.string(required('an id')).regex(KEBAB, 'use a kebab-case id, e.g. "who-patches-rds"'),
  /** The question or statement, plain text. */
  prompt: z.string(required('a prompt')).trim().min(1, 'add a prompt'),
  /** Shown after checking: ties the answer back to the principle it tests. */
  explanation: z.string(required('an explanation')).trim().min(1, 'add an explanation'),
  /** Optional nudge the learner can reveal before answering; must not give the answer away. */
  hint: z.string().trim().min(1, 'remove the empty hint or write one').optional(),
  /** Where the fact is documented, linked from the feedback. */
  source: SourceSchema,
  /** Topic and difficulty, for results broken down by tag. The module comes from the lesson. */
  tags: TagsSchema,
  /**
   * The lesson section that teaches this, linked from a wrong answer: a heading anchor of the
   * quiz's own lesson ("permissions-boundaries"), or "<lesson id>#<anchor>"
   * ("iam/policy-types#permissions-boundaries") for a module quiz's own questions or another
   * lesson. Checked against the lessons' headings by tests/content; resolved into `learn` at build.
   */
  section: z
    .string()
    .regex(
      /^(?:[a-z0-9-]+\/[a-z0-9-]+#)?[a-z0-9-]+$/,
      'use a heading anchor such as "permissions-boundaries", or "iam/policy-types#permissions-boundaries"',
    )
    .optional(),
});

type Choice = z.infer<typeof ChoiceSchema>;

const listIds = (choices: readonly Choice[]) => choices.map((choice) => choice.id).join(', ');

/**
 * Adds an issue for every repeated id in `list`, at `path[index].id`, saying `rule` and the
 * duplicate. Pass the same `seen` to keep ids unique across several lists.
 */
export function checkUniqueIds(
  list: readonly { id: string }[],
  path: string,
  rule: string,
  ctx: z.RefinementCtx,
  seen = new Set<string>(),
) {
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, index, 'id'],
        message: `${rule} (duplicate: "${entry.id}")`,
      });
    }
    seen.add(entry.id);
  });
}

const Choices = z
  .array(ChoiceSchema, required('a list of choices'))
  .min(2, 'give at least two choices')
  .max(8, 'give at most eight choices');

/** Exactly one option is right. Scored 1 point when the right option is chosen. */
export const SingleChoiceQuestionSchema = QuestionBase.extend({
  type: z.literal('single-choice'),
  choices: Choices,
  /** Whether options are shown in a random order (default). Set false where order carries meaning. */
  shuffle: z.boolean().default(true),
}).superRefine((question, ctx) => {
  checkUniqueIds(question.choices, 'choices', 'choice ids must be unique within a question', ctx);
  const correct = question.choices.filter((choice) => choice.correct);
  if (correct.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: `single-choice questions need exactly one correct choice (found ${
        correct.length === 0 ? 'none' : `${correct.length}: ${listIds(correct)}`
      }); mark one with "correct: true"${correct.length > 1 ? ' or use multiple-choice' : ''}`,
    });
  }
});

/**
 * Two or more options are right ("select all that apply"). All or nothing: 1 point only when the
 * learner selects every right option and no wrong one.
 */
export const MultipleChoiceQuestionSchema = QuestionBase.extend({
  type: z.literal('multiple-choice'),
  choices: Choices,
  /** Whether options are shown in a random order (default). Set false where order carries meaning. */
  shuffle: z.boolean().default(true),
}).superRefine((question, ctx) => {
  checkUniqueIds(question.choices, 'choices', 'choice ids must be unique within a question', ctx);
  const correct = question.choices.filter((choice) => choice.correct);
  if (correct.length < 2) {
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: `multiple-choice questions need at least two correct choices (found ${
        correct.length === 0 ? 'none' : `${correct.length}: ${listIds(correct)}`
      }); mark more with "correct: true" or use single-choice`,
    });
  }
  if (correct.length === question.choices.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message:
        'multiple-choice questions need at least one incorrect choice, or selecting everything always scores: add a plausible wrong option',
    });
  }
});

/** A statement the learner judges true or false. The two options are always shown True, then False. */
export const TrueFalseQuestionSchema = QuestionBase.extend({
  type: z.literal('true-false'),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean(required('"answer: true" or "answer: false"')),
  /** Why each answer is right or wrong, keyed by the answer. */
  rationales: z.object(
    {
      true: z
        .string(required('a rationale for answering True'))
        .trim()
        .min(1, 'add a rationale for answering True'),
      false: z
        .string(required('a rationale for answering False'))
        .trim()
        .min(1, 'add a rationale for answering False'),
    },
    required("rationales for both answers, under 'true' and 'false'"),
  ),
});

/** A group that categorize items are sorted into, e.g. "AWS" or "You". */
export const BucketSchema = z.object({
  /** Identifier unique within the question, e.g. "aws". Stored in the learner's progress. */
  id: z.string(required('an id, e.g. "aws"')).regex(KEBAB, 'use a short kebab-case id, e.g. "aws"'),
  /** Name of the group as the learner reads it. */
  label: z.string(required('a label')).trim().min(1, 'add a label'),
});

/** Something to sort, with the group it belongs in. */
export const CategorizeItemSchema = z.object({
  /** Identifier unique within the question. Stored in the learner's progress. */
  id: z.string(required('an id')).regex(KEBAB, 'use a short kebab-case id, e.g. "patch-guest-os"'),
  /** The item as the learner reads it (plain text). */
  text: z.string(required('the item text')).trim().min(1, 'add the item text'),
  /** Id of the bucket the item belongs in. */
  bucket: z.string(required('the id of the bucket the item belongs in')),
  /** Why the item belongs in its bucket, shown after checking. */
  rationale: z
    .string(required('a rationale: why the item belongs in its bucket'))
    .trim()
    .min(1, 'add a rationale: why the item belongs in its bucket'),
});

/**
 * Sort each item into one of two to four buckets, e.g. "who is responsible: AWS, you, or both".
 * Partial credit: each item in its right bucket earns an equal share of the question's point.
 */
export const CategorizeQuestionSchema = QuestionBase.extend({
  type: z.literal('categorize'),
  buckets: z
    .array(BucketSchema, required('a list of buckets'))
    .min(2, 'give at least two buckets')
    .max(4, 'give at most four buckets'),
  items: z
    .array(CategorizeItemSchema, required('a list of items'))
    .min(2, 'give at least two items')
    .max(10, 'give at most ten items'),
}).superRefine((question, ctx) => {
  checkUniqueIds(question.buckets, 'buckets', 'bucket ids must be unique within a question', ctx);
  checkUniqueIds(question.items, 'items', 'item ids must be unique within a question', ctx);
  const buckets = question.buckets.map((bucket) => bucket.id);
  question.items.forEach((item, index) => {
    if (!buckets.includes(item.bucket)) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'bucket'],
        message: `item "${item.id}" names bucket "${item.bucket}", which is not one of: ${buckets.join(', ')}`,
      });
    }
  });
});

/** One step of an ordering question. */
export const StepSchema = z.object({
  /** Identifier unique within the question. Stored in the learner's progress. */
  id: z.string(required('an id')).regex(KEBAB, 'use a short kebab-case id, e.g. "contain"'),
  /** The step as the learner reads it (plain text). */
  text: z.string(required('the step text')).trim().min(1, 'add the step text'),
  /** Why the step comes where it does, shown after checking. */
  rationale: z
    .string(required('a rationale: why the step comes where it does'))
    .trim()
    .min(1, 'add a rationale: why the step comes where it does'),
});

/**
 * Put steps in order, e.g. incident-response phases. `steps` lists them in the right order; they
 * are shown shuffled. Partial credit: each step in its right position earns an equal share.
 */
export const OrderingQuestionSchema = QuestionBase.extend({
  type: z.literal('ordering'),
  steps: z
    .array(StepSchema, required('the steps, in their right order'))
    .min(3, 'give at least three steps')
    .max(8, 'give at most eight steps'),
}).superRefine((question, ctx) => {
  checkUniqueIds(question.steps, 'steps', 'step ids must be unique within a question', ctx);
});

/** The kinds of artifact a spot question shows: a policy document or a rule table. */
export const SPOT_ARTIFACT_KINDS = [
  'identity-policy',
  'resource-policy',
  'bucket-policy',
  'key-policy',
  'trust-policy',
  'scp',
  'security-group',
  'network-acl',
] as const;

const lineNumber = (field: string) =>
  z
    .number({ error: `give ${field} as 1-based line numbers of the code, e.g. [7]` })
    .int(`give ${field} as whole line numbers, e.g. [7]`)
    .min(1, `line numbers in ${field} start at 1`);

/**
 * "Spot the misconfiguration": the learner picks the line of a policy or rule table that is wrong,
 * then why it is wrong. Half a point for a wrong line, half for the right reason.
 */
export const SpotQuestionSchema = QuestionBase.extend({
  type: z.literal('spot'),
  /** What the code is, for the legend: its kind and a label such as "Bucket policy of example-reports". */
  artifact: z.object(
    {
      /** The kind of policy or rule table. */
      kind: z.enum(SPOT_ARTIFACT_KINDS, {
        error: `set artifact.kind to one of: ${SPOT_ARTIFACT_KINDS.join(', ')}`,
      }),
      /** What the learner reads above the code, e.g. "Bucket policy of example-reports". */
      label: z
        .string(required('a label, e.g. "Bucket policy of example-reports"'))
        .trim()
        .min(1, 'add a label'),
    },
    required(
      'artifact: its kind and a label, e.g. { kind: bucket-policy, label: "Bucket policy of example-reports" }',
    ),
  ),
  /**
   * The policy JSON, or for security groups and network ACLs a fixed-width table with one rule per
   * line (a header line is allowed). At most 40 lines of at most 80 characters: code never wraps.
   */
  code: z
    .string(required('the code: the policy JSON or the rule table'))
    .refine((code) => code.trim() !== '', {
      message: 'add the code: the policy JSON or the rule table',
    }),
  /** The 1-based numbers of the misconfigured lines; picking any of them counts as right. Usually one. */
  wrong: z
    .array(lineNumber('wrong'), required('wrong: the 1-based numbers of the misconfigured lines, e.g. [7]'))
    .min(1, 'name at least one wrong line, e.g. wrong: [7]'),
  /**
   * The 1-based numbers of the lines the learner may pick. Default: every line that is not blank
   * and not only brackets or braces.
   */
  selectable: z
    .array(lineNumber('selectable'))
    .min(2, 'let the learner pick from at least two lines')
    .optional(),
  /** Why the line is wrong: three or four reasons, exactly one right. */
  reasons: z
    .array(ChoiceSchema, required('reasons: three or four explanations of what is wrong, one of them right'))
    .min(3, 'give three or four reasons')
    .max(4, 'give three or four reasons'),
  /** Whether the reasons are shown in a random order (default). The lines are never shuffled. */
  shuffle: z.boolean().default(true),
}).superRefine((question, ctx) => {
  checkUniqueIds(question.reasons, 'reasons', 'reason ids must be unique within a question', ctx);
  const correct = question.reasons.filter((reason) => reason.correct);
  if (correct.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['reasons'],
      message: `spot questions need exactly one correct reason (found ${
        correct.length === 0 ? 'none' : `${correct.length}: ${listIds(correct)}`
      }); mark one with "correct: true"`,
    });
  }
  const lines = spotCodeLines(question.code);
  if (lines.length > SPOT_MAX_LINES) {
    ctx.addIssue({
      code: 'custom',
      path: ['code'],
      message: `the code has ${lines.length} lines; keep it to ${SPOT_MAX_LINES} so it fits on a screen`,
    });
  }
  lines.forEach((line, index) => {
    if (line.length > SPOT_MAX_LINE_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `line ${index + 1} has ${line.length} characters; keep lines to ${SPOT_MAX_LINE_LENGTH} so the code fits a phone without wrapping`,
      });
    }
  });
  question.selectable?.forEach((number, index) => {
    if (number > lines.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['selectable', index],
        message: `selectable names line ${number}, but the code has ${lines.length} lines`,
      });
    }
  });
  const selectable = new Set(spotSelectableLines(question.code, question.selectable));
  question.wrong.forEach((number, index) => {
    if (number > lines.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['wrong', index],
        message: `wrong names line ${number}, but the code has ${lines.length} lines`,
      });
    } else if (!selectable.has(number)) {
      ctx.addIssue({
        code: 'custom',
        path: ['wrong', index],
        message: `wrong names line ${number}, which the learner cannot pick (blank, only brackets, or not in selectable): name the line with the misconfigured setting`,
      });
    }
  });
  if (selectable.size > 0 && [...selectable].every((number) => question.wrong.includes(number))) {
    ctx.addIssue({
      code: 'custom',
      path: ['wrong'],
      message:
        'every line the learner can pick is wrong, so any pick scores: leave some right lines selectable',
    });
  }
});

/** Any question; the `type` field selects the variant. */
export const QuestionSchema = z.discriminatedUnion(
  'type',
  [
    SingleChoiceQuestionSchema,
    MultipleChoiceQuestionSchema,
    TrueFalseQuestionSchema,
    CategorizeQuestionSchema,
    OrderingQuestionSchema,
    SpotQuestionSchema,
  ],
  { error: 'set "type" to one of: single-choice, multiple-choice, true-false, categorize, ordering, spot' },
);

/** A quiz, `content/quizzes/<id>.yaml`; the id is the file name. */
export const QuizSchema = z
  .object({
    /** Heading shown above the quiz. */
    title: z.string(required('a title')).trim().min(1, 'add a title'),
    /** Percentage of points needed to pass (1–100). Passing a lesson's quiz completes the lesson. */
    passPercent: z
      .number()
      .int()
      .min(1, 'set passPercent between 1 and 100')
      .max(100, 'set passPercent between 1 and 100')
      .default(70),
    /** The question pool. Shown in a random order unless `shuffle` is false. */
    questions: z.array(QuestionSchema).default([]),
    /**
     * Ids of other quizzes whose questions join this pool, e.g. a module quiz drawn from its
     * lessons' quizzes, or the final assessment drawn from every module quiz.
     */
    from: z.array(z.string().regex(KEBAB, 'use quiz file names without ".yaml"')).default([]),
    /** How the quiz may be taken. A final assessment may allow only "exam". */
    modes: z
      .array(z.enum(['practice', 'exam'], { error: 'use "practice" or "exam"' }))
      .min(1, 'allow at least one mode')
      .default(['practice', 'exam']),
    /** Whether questions are asked in a random order (default). */
    shuffle: z.boolean().default(true),
    /** Ask only this many questions, drawn at random from the pool on each attempt. Default: all. */
    draw: z.number().int().positive('draw at least one question').optional(),
    /**
     * Of the `draw` questions, how many are the quiz's own `questions` (the rest come from the
     * quizzes named in `from`), so a module quiz always asks some of its own scenario questions.
     */
    drawOwn: z
      .number()
      .int()
      .positive('set drawOwn to a whole number of questions, or leave it out')
      .optional(),
    /**
     * Suggested time limit in exam mode, in minutes. Learners can turn it off or extend it before
     * they start (WCAG 2.2.1). Practice mode is never timed.
     */
    timeLimitMinutes: z.number().int().positive('give the time limit in whole minutes').optional(),
  })
  .superRefine((quiz, ctx) => {
    if (quiz.questions.length === 0 && quiz.from.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: 'add at least one question, or name quizzes to draw from in "from"',
      });
    }
    if (quiz.drawOwn !== undefined && (quiz.draw === undefined || quiz.drawOwn > quiz.draw)) {
      ctx.addIssue({
        code: 'custom',
        path: ['drawOwn'],
        message: `drawOwn (${quiz.drawOwn}) must be at most draw (${quiz.draw ?? 'not set'}): set draw, or lower drawOwn`,
      });
    }
    if (quiz.drawOwn !== undefined && quiz.drawOwn > quiz.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['drawOwn'],
        message: `drawOwn asks for ${quiz.drawOwn} of the quiz's own questions but it has ${quiz.questions.length}: lower drawOwn or add questions`,
      });
    }
    // With "from", the pool is only known once the other quizzes are read (tests/content checks it).
    if (quiz.from.length === 0 && quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['draw'],
        message: `draw asks for ${quiz.draw} questions but the pool has ${quiz.questions.length}: lower draw or add questions`,
      });
    }
    checkUniqueIds(quiz.questions, 'questions', 'question ids must be unique within a quiz', ctx);
  });

export type Quiz = z.infer<typeof QuizSchema>;
/** The lesson section a question's `section` names, resolved at build time for the quiz data. */
export interface LearnLink {
  /** Lesson URL with the heading anchor, e.g. "/lessons/iam/policy-types/#permissions-boundaries". */
  href: string;
  /** The heading's text and the lesson's title, e.g. "Permissions boundaries · Policy types". */
  label: string;
}
export type Question = z.infer<typeof QuestionSchema> & { learn?: LearnLink };
export type QuestionType = Question['type'];
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestionSchema>;
export type CategorizeQuestion = z.infer<typeof CategorizeQuestionSchema>;
export type OrderingQuestion = z.infer<typeof OrderingQuestionSchema>;
export type SpotQuestion = z.infer<typeof SpotQuestionSchema>;
export type SpotArtifactKind = (typeof SPOT_ARTIFACT_KINDS)[number];
export type Tags = z.infer<typeof TagsSchema>;
export type ExamDomain = (typeof EXAM_DOMAINS)[number];
