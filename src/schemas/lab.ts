import { z } from 'astro/zod';
import { checkUniqueIds, SpotQuestionSchema } from './quiz';
import { SourceSchema } from './source';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ACCOUNT_ID = /^\d{12}$/;
/** The callers the evaluator models: an IAM user or an assumed-role session (src/lib/iam/evaluate.ts). */
const PRINCIPAL_ARN =
  /^arn:aws:iam::\d{12}:user\/(?:[^:]*\/)?[^/:]+$|^arn:aws:sts::\d{12}:assumed-role\/[^/:]+\/[^/:]+$/;
const ACTION = /^[a-z0-9-]+:[A-Za-z0-9]+$/;

/** The kinds of policy a lab can hold, as `parsePolicy` reads them. */
export const LAB_POLICY_KINDS = ['identity', 'resource', 'boundary', 'session', 'scp', 'rcp'] as const;

const text = (what: string) =>
  z
    .string({ error: `add ${what}` })
    .trim()
    .min(1, `add ${what}`);

/** Twelve digits, quoted: YAML reads an unquoted 111122223333 as a number. */
const AccountSchema = z
  .string({ error: 'write the account id as 12 digits in quotes, e.g. "111122223333"' })
  .regex(ACCOUNT_ID, 'write the account id as 12 digits in quotes, e.g. "111122223333"');

/** A policy with a name, as fixed context around the edited one. */
export const LabPolicyTextSchema = z.strictObject(
  {
    /** The policy's name, shown above its text and in explanations, e.g. "ReportsBucketPolicy". */
    name: text('the policy name, e.g. "ReportsBucketPolicy"'),
    /** The policy document as JSON text (tests/content checks it parses without errors). */
    json: text('the policy JSON under "json: |"'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'a policy has only name and json' : undefined) },
);

/** The caller of a request: an IAM user or a role session, with optional tags. */
export const LabPrincipalSchema = z.strictObject(
  {
    /** `arn:aws:iam::<account>:user/<name>` or `arn:aws:sts::<account>:assumed-role/<role>/<session>`. */
    arn: z
      .string({ error: 'add the caller ARN, e.g. "arn:aws:iam::111122223333:user/alice"' })
      .regex(
        PRINCIPAL_ARN,
        'use a user ARN "arn:aws:iam::<account>:user/<name>" or a role session ARN "arn:aws:sts::<account>:assumed-role/<role>/<session>" (the evaluator models no other callers)',
      ),
    /** The principal's tags, read as aws:PrincipalTag/<key>. */
    tags: z.record(z.string(), z.string({ error: 'write each tag value as text in quotes' })).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'a caller has only arn and tags'
        : 'add the caller under "principal:" with its arn, e.g. arn: arn:aws:iam::111122223333:user/alice',
  },
);

const ContextValue = z.union([z.string(), z.array(z.string()).min(1)], {
  error: 'write a condition value as text in quotes ("true") or a list of texts',
});

/** One request made to the policies: who does what on which resource, with which condition keys. */
const RequestFields = {
  /** Kebab-case, unique in the lab (checks and probes together). */
  id: z.string({ error: 'add an id' }).regex(KEBAB, 'use a kebab-case id, e.g. "read-report"'),
  /** The request in words, e.g. "Alice reads the Q1 report". */
  says: text('"says": the request in words, e.g. "Alice reads the Q1 report"'),
  /** The API action, e.g. `s3:GetObject`. */
  action: z
    .string({ error: 'add the action, e.g. "s3:GetObject"' })
    .regex(ACTION, 'write one action as "<service>:<Action>", e.g. "s3:GetObject" (no wildcards)'),
  /** The resource ARN the action acts on, e.g. `arn:aws:s3:::example-reports/2026/q1.csv`. */
  resource: z
    .string({ error: 'add the resource ARN' })
    .regex(/^arn:aws:/, 'write the resource as a full ARN starting "arn:aws:"'),
  /** The resource's account; defaults to the lab's `account`. */
  account: AccountSchema.optional(),
  /** The caller; defaults to the lab's `principal`. */
  principal: LabPrincipalSchema.optional(),
  /** Other condition keys, e.g. `aws:SecureTransport: "true"` or `aws:SourceIp: "203.0.113.7"`. */
  context: z
    .record(z.string().regex(/^[a-zA-Z0-9-]+:\S+$/, 'name condition keys "<service>:<Key>"'), ContextValue)
    .optional(),
};

/** A request the scenario needs: `expect` says whether the right policy allows or denies it. */
export const LabCheckSchema = z.strictObject({
  ...RequestFields,
  /** allow, or deny (an explicit or an implicit deny). */
  expect: z.enum(['allow', 'deny'], { error: 'set expect to allow or deny' }),
});

/** A request the scenario does NOT need: a least-privilege policy denies it. */
export const LabProbeSchema = z.strictObject({
  ...RequestFields,
  /** The sentence shown when the learner's policy allows the probe, e.g. "This policy also lets Alice delete the bucket." */
  risk: text('"risk": what goes wrong when this request is allowed'),
});

/** The SCPs or RCPs at one level of the organization. */
const OrgLevelSchema = z.strictObject({
  /** The level's name, e.g. "Root", "Workloads OU" or "Account 111122223333". */
  level: text('the level name, e.g. "Root"'),
  /** The policies attached at that level. */
  policies: z.array(LabPolicyTextSchema).min(1, 'attach at least one policy at this level'),
});

/** The policy the learner edits. */
export const LabEditSchema = z
  .strictObject(
    {
      /** Which policy it is: identity | resource | boundary | session | scp | rcp. */
      kind: z.enum(LAB_POLICY_KINDS, { error: `set kind to one of: ${LAB_POLICY_KINDS.join(', ')}` }),
      /** The policy's name, shown in explanations, e.g. "ReportsReader". */
      name: text('the policy name, e.g. "ReportsReader"'),
      /** Resource kind only: true for a KMS key policy or a role trust policy (it must allow, even in the same account). */
      mustAllow: z.boolean({ error: 'write mustAllow: true or leave it out' }).default(false),
      /** scp / rcp only: the level the edited policy is attached at, e.g. "Root". */
      level: text('the level name, e.g. "Root"').optional(),
      /** The starting JSON; "" means the learner writes the policy from scratch. */
      start: z
        .string({ error: 'add the starting JSON under "start: |", or start: "" to start empty' })
        .default(''),
      /** One right answer (tests/content proves it passes every check and denies every probe). */
      solution: text('a solution under "solution: |"'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `edit has only kind, name, mustAllow, level, start and solution: remove ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}`
          : 'add the policy the learner edits under "edit:", with kind, name, start and solution',
    },
  )
  .superRefine((edit, ctx) => {
    if (edit.mustAllow && edit.kind !== 'resource') {
      ctx.addIssue({
        code: 'custom',
        path: ['mustAllow'],
        message: 'mustAllow is only for kind resource (a key policy or a trust policy): remove it',
      });
    }
    const org = edit.kind === 'scp' || edit.kind === 'rcp';
    if (org && edit.level === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: `add the level the ${edit.kind} is attached at, e.g. level: Root`,
      });
    }
    if (!org && edit.level !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: 'level is only for kind scp or rcp: remove it',
      });
    }
  });

/** The fixed policies around the edited one. */
export const LabContextSchema = z.strictObject({
  /** Identity policies attached to the caller. */
  identity: z.array(LabPolicyTextSchema).default([]),
  /** The resource's policy (bucket policy, key policy, trust policy). */
  resource: LabPolicyTextSchema.extend({
    /** True for a KMS key policy or a role trust policy. */
    mustAllow: z.boolean({ error: 'write mustAllow: true or leave it out' }).default(false),
  }).optional(),
  /** The caller's permissions boundary. */
  boundary: LabPolicyTextSchema.optional(),
  /** The session policy passed when the role session was created (role sessions only). */
  session: LabPolicyTextSchema.optional(),
  /** The caller's account's SCPs, one entry per level, from the root down. */
  scps: z.array(OrgLevelSchema).default([]),
  /** The resource's account's RCPs, one entry per level. */
  rcps: z.array(OrgLevelSchema).default([]),
});

/** Fields both lab types share. */
const LabBase = {
  /** Title shown on the lab list and the lab page. */
  title: text('a title, e.g. "Read one bucket\'s reports, nothing else"'),
  /** One or two sentences for the lab list, at most 200 characters. */
  summary: text('a one- or two-sentence summary').max(200, 'shorten the summary to 200 characters or fewer'),
  /** A module id from content/modules.yaml, e.g. "iam". */
  module: z
    .string({ error: 'add the module id, e.g. "iam"' })
    .regex(KEBAB, 'use a module id from content/modules.yaml, e.g. "iam"'),
  /** The lessons that teach what the lab practises; their pages link to the lab. */
  lessons: z
    .array(z.string().regex(LESSON_ID, 'use the lesson id "<module>/<slug>", e.g. "iam/policy-types"'), {
      error: 'list the lessons that teach this lab, e.g. [iam/policy-types]',
    })
    .min(1, 'name at least one lesson that teaches this lab'),
  /** How hard the lab is for someone who has read the lessons. */
  difficulty: z.enum(['foundational', 'intermediate', 'advanced'], {
    error: 'set difficulty to foundational, intermediate or advanced',
  }),
  /** Estimated time in whole minutes. */
  minutes: z
    .number({ error: 'give the estimated time in whole minutes' })
    .int('give whole minutes')
    .positive('give the estimated time in whole minutes'),
  /** The situation, plain text; a blank line starts a new paragraph; `code` spans allowed. */
  scenario: text('the scenario under "scenario: |"'),
  /** What the learner must do, in one sentence. */
  task: text('the task, e.g. "Edit the identity policy so that …"'),
  /** 0–3 nudges that do not give the answer away. */
  hints: z.array(text('the hint text')).max(3, 'give at most three hints').default([]),
  /** Shown once the lab is completed: why the solution is right. */
  explanation: text('an explanation under "explanation: |"'),
  /** The official page that documents what the lab teaches. */
  source: SourceSchema,
};

const unknownKeys = (what: string) => (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `${what} has no field ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}: remove it or check its spelling`
    : undefined;

/** A lab where the learner edits one policy and the evaluator grades it. */
export const PolicyLabSchema = z
  .strictObject(
    {
      /** `policy` (the default when left out). */
      type: z.literal('policy'),
      ...LabBase,
      edit: LabEditSchema,
      context: LabContextSchema.default({ identity: [], scps: [], rcps: [] }),
      /** The default caller of checks and probes. */
      principal: LabPrincipalSchema,
      /** The default resource account, 12 digits in quotes. */
      account: AccountSchema,
      /** ≥ 2 requests the scenario needs, at least one expected allowed and one denied. */
      checks: z
        .array(LabCheckSchema, { error: 'list the checks under "checks:"' })
        .min(2, 'give at least two checks'),
      /** ≥ 1 requests a least-privilege policy denies. */
      probes: z
        .array(LabProbeSchema, { error: 'list the probes under "probes:"' })
        .min(1, 'give at least one probe'),
    },
    { error: unknownKeys('a policy lab') },
  )
  .superRefine((lab, ctx) => {
    if (
      !lab.checks.some((check) => check.expect === 'allow') ||
      !lab.checks.some((check) => check.expect === 'deny')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['checks'],
        message: 'give at least one check with expect: allow and one with expect: deny',
      });
    }
    const requests = new Set<string>();
    const unique = 'ids must be unique across checks and probes';
    checkUniqueIds(lab.checks, 'checks', unique, ctx, requests);
    checkUniqueIds(lab.probes, 'probes', unique, ctx, requests);
    const kind = lab.edit.kind;
    if (
      (kind === 'resource' || kind === 'boundary' || kind === 'session') &&
      lab.context[kind] !== undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['context', kind],
        message: `the edited policy is the ${kind} policy: remove context.${kind}`,
      });
    }
  });

/**
 * A lab where the learner spots the misconfigured line in policies or rule tables, graded by the
 * quiz engine's `spot` question kind.
 */
export const SpotLabSchema = z
  .strictObject(
    {
      type: z.literal('spot'),
      ...LabBase,
      /** Two or more spot questions (the quiz schema's spot variant), asked in this order. */
      questions: z
        .array(SpotQuestionSchema, { error: 'list the spot questions under "questions:"' })
        .min(2, 'give at least two spot questions'),
    },
    { error: unknownKeys('a spot lab') },
  )
  .superRefine((lab, ctx) =>
    checkUniqueIds(lab.questions, 'questions', 'question ids must be unique within a lab', ctx),
  );

/** Any lab; `type` selects the variant (policy when left out). */
export const LabSchema = z.preprocess(
  (data) =>
    data !== null && typeof data === 'object' && !Array.isArray(data) && !('type' in data)
      ? { type: 'policy', ...data }
      : data,
  z.discriminatedUnion('type', [PolicyLabSchema, SpotLabSchema], {
    error: 'set type to policy (or leave it out) or spot',
  }),
);

export type PolicyLab = z.infer<typeof PolicyLabSchema>;
export type SpotLab = z.infer<typeof SpotLabSchema>;
export type Lab = z.infer<typeof LabSchema>;
export type LabCheckInput = z.infer<typeof LabCheckSchema>;
export type LabProbeInput = z.infer<typeof LabProbeSchema>;
