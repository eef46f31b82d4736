// Differential test: generated policy/request pairs decided by src/lib/iam and by
// @cloud-copilot/iam-simulate (AGPL; a devDependency used here as a test oracle only, never
// imported from src/). The generators stay within what both sides model: S3 object requests by
// an IAM user or a role session, identity policies, a bucket policy, a permissions boundary, a
// session policy, SCPs and RCPs, and the common condition operators on global keys. Every
// disagreement fails unless OUT_OF_SCOPE explains it.
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  principalInfo,
  requestContext,
  type Decision,
  type IamRequest,
  type PolicySet,
} from '../../../../src/lib/iam/evaluate';
import { parsePolicy, type PolicyKind } from '../../../../src/lib/iam/policy';

const ACCOUNT = '111111111111';
const OTHER = '222222222222';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/Admin`;

/** The actions, resources and patterns of one service the generators draw from. */
interface Universe {
  service: 's3' | 'kms';
  actions: string[];
  actionPatterns: string[];
  /** Each resource with the accounts it may belong to (an S3 ARN has no account in it). */
  resources: [string, string[]][];
  resourcePatterns: string[];
}

const S3: Universe = {
  service: 's3',
  actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
  actionPatterns: [
    '*',
    's3:*',
    's3:GetObject',
    's3:getobject',
    's3:Get*',
    's3:*Object',
    's3:?utObject',
    's3:Delete*',
    'ec2:*',
  ],
  resources: [
    'arn:aws:s3:::bucket-a/home/alice/notes.txt',
    'arn:aws:s3:::bucket-a/home/bob/notes.txt',
    'arn:aws:s3:::bucket-a/public/index.html',
    'arn:aws:s3:::bucket-b/report.csv',
  ].map((arn) => [arn, [ACCOUNT, ACCOUNT, OTHER]]),
  resourcePatterns: [
    '*',
    'arn:aws:s3:::bucket-a/*',
    'arn:aws:s3:::bucket-?/*',
    'arn:aws:s3:::Bucket-a/*',
    'arn:aws:s3:::bucket-a/home/${aws:username}/*',
    'arn:aws:s3:::bucket-a/home/*/notes.txt',
    'arn:aws:s3:::bucket-a/public/*',
    'arn:aws:s3:::bucket-b/*',
    'arn:aws:s3:::*/report.csv',
  ],
};

// KMS keys: a key policy must allow even in the same account (evaluate's resourceMustAllow).
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KMS: Universe = {
  service: 'kms',
  actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
  actionPatterns: [
    '*',
    'kms:*',
    'kms:Decrypt',
    'kms:decrypt',
    'kms:*crypt',
    'kms:Generate*',
    'kms:?ncrypt',
    's3:*',
  ],
  resources: [
    [`arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY}`, [ACCOUNT]],
    [`arn:aws:kms:eu-west-1:${ACCOUNT}:key/${KEY}`, [ACCOUNT]],
    [`arn:aws:kms:us-east-1:${OTHER}:key/${KEY}`, [OTHER]],
  ],
  resourcePatterns: [
    '*',
    `arn:aws:kms:*:${ACCOUNT}:key/*`,
    `arn:aws:kms:us-east-1:*:key/${KEY}`,
    `arn:aws:kms:us-east-?:*:key/1234abcd-*`,
    `arn:aws:kms:*:${OTHER}:key/*`,
    `arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`,
  ],
};

const RESOURCE_PRINCIPALS = [
  '*',
  USER,
  SESSION,
  ROLE,
  ACCOUNT,
  `arn:aws:iam::${ACCOUNT}:root`,
  `arn:aws:iam::${OTHER}:root`,
];

type Values = string | string[];
/** Condition tests: [operator, key, values]. Keys are global keys the oracle accepts for S3. */
const CONDITIONS: [string, string, Values][] = [
  ['StringEquals', 'aws:PrincipalTag/team', 'red'],
  ['StringEquals', 'aws:PrincipalTag/team', ['blue', 'red']],
  ['StringNotEquals', 'aws:PrincipalTag/team', 'red'],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', 'RED'],
  ['StringNotEqualsIgnoreCase', 'aws:PrincipalTag/team', 'Blue'],
  ['StringLike', 'aws:PrincipalTag/team', 'r*'],
  ['StringNotLike', 'aws:PrincipalTag/team', 'b?ue'],
  ['StringEqualsIfExists', 'aws:PrincipalTag/team', 'red'],
  ['StringNotEqualsIfExists', 'aws:PrincipalTag/team', 'red'],
  ['StringEquals', 'aws:username', '${aws:PrincipalTag/team}'],
  ['StringLike', 'aws:PrincipalArn', '*:user/*'],
  ['ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/*'],
  ['ArnEquals', 'aws:PrincipalArn', `arn:aws:iam::${ACCOUNT}:user/alice`],
  ['ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::*:user/*'],
  ['ArnNotEquals', 'aws:PrincipalArn', ROLE],
  ['Bool', 'aws:MultiFactorAuthPresent', 'true'],
  ['BoolIfExists', 'aws:MultiFactorAuthPresent', 'false'],
  ['Bool', 'aws:SecureTransport', 'false'],
  ['Null', 'aws:MultiFactorAuthPresent', 'true'],
  ['Null', 'aws:PrincipalTag/team', 'false'],
  ['NumericLessThan', 'aws:MultiFactorAuthAge', '3600'],
  ['NumericGreaterThanEquals', 'aws:MultiFactorAuthAge', '600'],
  ['NumericEquals', 'aws:MultiFactorAuthAge', ['300', '600']],
  ['NumericNotEquals', 'aws:MultiFactorAuthAge', '600'],
  ['NumericLessThanEqualsIfExists', 'aws:MultiFactorAuthAge', '600'],
  ['NumericGreaterThan', 'aws:MultiFactorAuthAge', '300'],
  ['DateLessThan', 'aws:CurrentTime', '2026-06-30T00:00:00Z'],
  ['DateGreaterThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z'],
  ['DateGreaterThanEquals', 'aws:CurrentTime', '2026-03-01T12:00:00Z'],
  ['DateLessThanEquals', 'aws:CurrentTime', '2026-03-01T12:00:00Z'],
  ['DateEquals', 'aws:CurrentTime', '2026-03-01T12:00:00Z'],
  ['DateNotEquals', 'aws:CurrentTime', '2026-03-01T12:00:00Z'],
  ['IpAddress', 'aws:SourceIp', '203.0.113.0/24'],
  ['IpAddress', 'aws:SourceIp', ['198.51.100.7/32', '2001:db8::/32']],
  ['NotIpAddress', 'aws:SourceIp', '203.0.113.0/24'],
  ['NotIpAddressIfExists', 'aws:SourceIp', '2001:db8:1::/48'],
  ['StringEquals', 'aws:SourceVpce', 'vpce-1a2b3c4d'],
  ['StringNotEqualsIfExists', 'aws:SourceVpce', 'vpce-1a2b3c4d'],
  ['ForAnyValue:StringEquals', 'aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'],
  ['ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/r-ab12/ou-ab12-2*'],
  ['ForAllValues:StringLike', 'aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/*'],
  ['ForAllValues:StringEquals', 'aws:PrincipalOrgPaths', ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/']],
  ['ForAnyValue:StringNotEquals', 'aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'],
  ['ForAllValues:StringNotLike', 'aws:PrincipalOrgPaths', 'o-zzzz*'],
  ['StringEquals', 'aws:PrincipalAccount', ACCOUNT],
  ['StringNotEquals', 'aws:ResourceAccount', '${aws:PrincipalAccount}'],
];

// Request keys and the values a generated request may give them (absent is always possible).
const CONTEXT_VALUES: Record<string, Values[]> = {
  'aws:MultiFactorAuthPresent': ['true', 'false'],
  'aws:MultiFactorAuthAge': ['300', '600', '7200'],
  'aws:SecureTransport': ['true', 'false'],
  'aws:CurrentTime': ['2026-03-01T12:00:00Z', '2026-09-01T00:00:00Z', '2025-12-31T23:59:59Z'],
  'aws:SourceIp': ['203.0.113.10', '198.51.100.7', '192.0.2.1', '2001:db8:1::5', '2001:db9::1'],
  'aws:SourceVpce': ['vpce-1a2b3c4d', 'vpce-99999999'],
  'aws:PrincipalOrgPaths': [
    ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'],
    ['o-a1b2c3d4e5/r-ab12/ou-ab12-22222222/'],
    ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/', 'o-a1b2c3d4e5/r-ab12/ou-ab12-22222222/'],
  ],
};

interface Case {
  service: Universe['service'];
  principal: 'user' | 'session';
  team: 'red' | 'blue' | null;
  action: string;
  resource: string;
  resourceAccount: string;
  context: Record<string, Values>;
  identity: unknown[];
  resourcePolicy: unknown | null;
  boundary: unknown | null;
  session: unknown | null;
  scps: unknown[][];
  rcps: unknown[][];
}

const condition = fc.subarray(CONDITIONS, { minLength: 1, maxLength: 2 }).map((tests) => {
  const block: Record<string, Record<string, Values>> = {};
  for (const [operator, key, values] of tests) (block[operator] ??= {})[key] = values;
  return block;
});

function statement(options: {
  universe: Universe;
  principal: boolean;
  effects: ('Allow' | 'Deny')[];
}): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(
      {
        Effect: fc.constantFrom(...options.effects),
        actions: fc.tuple(
          fc.boolean(),
          fc.subarray(options.universe.actionPatterns, { minLength: 1, maxLength: 2 }),
        ),
        resources: fc.tuple(
          fc.boolean(),
          fc.subarray(options.universe.resourcePatterns, { minLength: 1, maxLength: 2 }),
        ),
        principal: fc.subarray(RESOURCE_PRINCIPALS, { minLength: 1, maxLength: 2 }),
        // One statement in three has a Condition.
        Condition: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: condition }),
      },
      { requiredKeys: ['Effect', 'actions', 'resources', 'principal'] },
    )
    .map(
      ({
        Effect,
        actions: [notAction, actions],
        resources: [notResource, resources],
        principal,
        Condition,
      }) => ({
        Effect,
        // NotAction and NotResource only with Deny: an Allow with them is rarely what anyone wants
        // and stays out of the generated cases to keep each case readable.
        [notAction && Effect === 'Deny' ? 'NotAction' : 'Action']: actions,
        [notResource && Effect === 'Deny' ? 'NotResource' : 'Resource']: resources,
        ...(options.principal ? { Principal: principal.includes('*') ? '*' : { AWS: principal } } : {}),
        ...(Condition === null || Condition === undefined ? {} : { Condition }),
      }),
    );
}

function policy(options: {
  universe: Universe;
  principal: boolean;
  effects?: ('Allow' | 'Deny')[];
  max?: number;
}): fc.Arbitrary<unknown> {
  return fc
    .array(
      statement({
        universe: options.universe,
        principal: options.principal,
        effects: options.effects ?? ['Allow', 'Allow', 'Allow', 'Deny'],
      }),
      {
        minLength: 1,
        maxLength: options.max ?? 2,
      },
    )
    .map((Statement) => ({ Version: '2012-10-17', Statement }));
}

// Custom RCPs only deny and have no NotAction (Organizations User Guide, "RCP syntax"). The oracle
// also refuses an RCP whose Principal is not "*" or whose Action is "*"; the generated RCPs keep
// to that, though src/lib/iam does not check it (not confirmed in AWS's pages).
const rcpStatement = (universe: Universe) =>
  statement({ universe, principal: false, effects: ['Deny'] }).map(({ NotAction, Action, ...one }) => {
    const actions = ((Action ?? NotAction) as string[]).filter((action) => action !== '*');
    return { ...one, Action: actions.length > 0 ? actions : [`${universe.service}:*`], Principal: '*' };
  });

// Boundaries, session policies and SCPs mostly allow, so that enough requests get through them.
const GUARDRAIL_EFFECTS: ('Allow' | 'Deny')[] = ['Allow', 'Allow', 'Allow', 'Allow', 'Deny'];

const caseArbitrary = (u: Universe): fc.Arbitrary<Case> =>
  fc
    .record({
      service: fc.constant(u.service),
      principal: fc.constantFrom('user', 'session'),
      team: fc.constantFrom('red', 'blue', null),
      action: fc.constantFrom(...u.actions),
      place: fc
        .constantFrom(...u.resources)
        .chain(([arn, accounts]) => fc.tuple(fc.constant(arn), fc.constantFrom(...accounts))),
      context: fc
        .subarray(Object.keys(CONTEXT_VALUES), { maxLength: 4 })
        .chain((keys) =>
          fc.tuple(
            ...keys.map((key) =>
              fc.constantFrom(...(CONTEXT_VALUES[key] as Values[])).map((value) => [key, value] as const),
            ),
          ),
        )
        .map((pairs) => Object.fromEntries(pairs)),
      identity: fc.array(policy({ universe: u, principal: false }), { minLength: 1, maxLength: 2 }),
      // Every KMS key has a key policy.
      resourcePolicy:
        u.service === 'kms'
          ? policy({ universe: u, principal: true })
          : fc.option(policy({ universe: u, principal: true }), { freq: 2 }),
      boundary: fc.option(policy({ universe: u, principal: false, effects: GUARDRAIL_EFFECTS }), { freq: 3 }),
      session: fc.option(policy({ universe: u, principal: false, effects: GUARDRAIL_EFFECTS }), { freq: 3 }),
      scps: fc.array(
        fc.array(policy({ universe: u, principal: false, effects: GUARDRAIL_EFFECTS }), {
          minLength: 1,
          maxLength: 2,
        }),
        {
          maxLength: 2,
        },
      ),
      rcps: fc.oneof(
        { weight: 3, arbitrary: fc.constant<unknown[][]>([]) },
        {
          weight: 1,
          arbitrary: fc.array(
            fc.array(
              fc
                .array(rcpStatement(u), { minLength: 1, maxLength: 2 })
                .map((Statement) => ({ Version: '2012-10-17', Statement })),
              {
                minLength: 1,
                maxLength: 1,
              },
            ),
            { minLength: 1, maxLength: 1 },
          ),
        },
      ),
    })
    .map(({ place: [resource, resourceAccount], ...rest }) => ({ ...rest, resource, resourceAccount }));

function parsed(
  value: unknown,
  kind: PolicyKind,
  name: string,
): { name: string; policy: import('../../../../src/lib/iam/policy').Policy } {
  const result = parsePolicy(JSON.stringify(value, null, 2), kind);
  if (!result.ok) throw new Error(`Generated ${kind} policy did not parse: ${JSON.stringify(result.issues)}`);
  return { name, policy: result.policy };
}

function ours(c: Case): { decision: Decision; request: IamRequest; context: Record<string, Values> } {
  const request: IamRequest = {
    principal: {
      arn: c.principal === 'user' ? USER : SESSION,
      ...(c.team === null ? {} : { tags: { team: c.team } }),
    },
    action: c.action,
    resource: { arn: c.resource, account: c.resourceAccount },
    context: c.context,
  };
  const set: PolicySet = {
    identity: c.identity.map((one, index) => parsed(one, 'identity', `identity-${index}`)),
    ...(c.resourcePolicy === null ? {} : { resource: parsed(c.resourcePolicy, 'resource', 'bucket') }),
    resourceMustAllow: c.service === 'kms',
    ...(c.boundary === null ? {} : { boundary: parsed(c.boundary, 'boundary', 'boundary') }),
    ...(c.session === null ? {} : { session: parsed(c.session, 'session', 'session') }),
    scps: c.scps.map((level, depth) => ({
      name: `level-${depth}`,
      policies: level.map((one, index) => parsed(one, 'scp', `scp-${index}`)),
    })),
    rcps: c.rcps.map((level, depth) => ({
      name: `level-${depth}`,
      policies: level.map((one, index) => parsed(one, 'rcp', `rcp-${index}`)),
    })),
  };
  const info = principalInfo(request.principal);
  const context = requestContext(request, info as NonNullable<typeof info>) as Record<string, Values>;
  return { decision: evaluate(request, set).decision, request, context };
}

const ORACLE_DECISIONS: Record<string, Decision> = {
  Allowed: 'allow',
  ExplicitlyDenied: 'explicit-deny',
  ImplicitlyDenied: 'implicit-deny',
};

async function oracle(c: Case, context: Record<string, Values>): Promise<Decision | string> {
  const simulation: Simulation = {
    request: {
      principal: c.principal === 'user' ? USER : SESSION,
      action: c.action,
      resource: { resource: c.resource, accountId: c.resourceAccount },
      contextVariables: context,
    },
    identityPolicies: c.identity.map((one, index) => ({ name: `identity-${index}`, policy: one })),
    serviceControlPolicies: c.scps.map((level, depth) => ({
      orgIdentifier: `level-${depth}`,
      policies: level.map((one, index) => ({ name: `scp-${index}`, policy: one })),
    })),
    resourceControlPolicies: c.rcps.map((level, depth) => ({
      orgIdentifier: `level-${depth}`,
      policies: level.map((one, index) => ({ name: `rcp-${index}`, policy: one })),
    })),
    ...(c.resourcePolicy === null ? {} : { resourcePolicy: c.resourcePolicy }),
    ...(c.boundary === null
      ? {}
      : { permissionBoundaryPolicies: [{ name: 'boundary', policy: c.boundary }] }),
    ...(c.session === null || c.principal !== 'session' ? {} : { sessionPolicy: c.session }),
  };
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') return `oracle error: ${JSON.stringify(response.errors)}`;
  return ORACLE_DECISIONS[response.overallResult] ?? response.overallResult;
}

/**
 * Known, explained differences: a predicate on the case and both answers, and why it is out of
 * scope. Empty means every generated case must agree.
 */
const OUT_OF_SCOPE: {
  reason: string;
  applies: (c: Case, ours: Decision, theirs: Decision | string) => boolean;
}[] = [
  {
    reason:
      'Session policy against a same-account resource policy that names the role session: the oracle always ' +
      'caps by the session policy; the facts sheet (IAM User Guide, "Permissions boundaries" and "Policy ' +
      'evaluation logic") and the STS API reference say a grant that names the session is not limited by it',
    applies: (c, mine, theirs) =>
      mine === 'allow' &&
      theirs === 'implicit-deny' &&
      c.principal === 'session' &&
      c.session !== null &&
      c.resourceAccount === ACCOUNT &&
      JSON.stringify(c.resourcePolicy).includes(`"${SESSION}"`),
  },
];

describe('differential test against @cloud-copilot/iam-simulate', () => {
  it.each([
    ['S3 objects', S3, 4000],
    ['KMS keys', KMS, 1500],
  ] as const)(
    'agrees on every generated policy/request pair (%s)',
    async (_name, universe, numRuns) => {
      const cases = fc.sample(caseArbitrary(universe), { numRuns, seed: 20261202 });
      const disagreements: string[] = [];
      const excused = new Map<string, number>();
      const decisions: Record<string, number> = {};
      for (const c of cases) {
        const mine = ours(c);
        decisions[mine.decision] = (decisions[mine.decision] ?? 0) + 1;
        const theirs = await oracle(c, mine.context);
        if (theirs === mine.decision) continue;
        const known = OUT_OF_SCOPE.find((entry) => entry.applies(c, mine.decision, theirs));
        if (known !== undefined) excused.set(known.reason, (excused.get(known.reason) ?? 0) + 1);
        else disagreements.push(`ours ${mine.decision}, oracle ${theirs}: ${JSON.stringify(c)}`);
      }
      console.log(
        `differential (${universe.service}): ${cases.length} cases ${JSON.stringify(decisions)}, ` +
          `${disagreements.length} disagreements, out of scope: ${JSON.stringify([...excused])}`,
      );
      // Enough of each decision that the comparison means something.
      for (const decision of ['allow', 'explicit-deny', 'implicit-deny'])
        expect(decisions[decision]).toBeGreaterThan(cases.length / 20);
      expect(disagreements.slice(0, 3)).toEqual([]);
    },
    // About 10 s alone; a coverage run instruments every module and takes several times longer.
    240_000,
  );
});
