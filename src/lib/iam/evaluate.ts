// Decides one request against the policies that apply to it, in the order of the IAM User
// Guide's "Policy evaluation logic" (as the facts sheet summarises it): an explicit Deny in any
// policy; RCPs and SCPs must allow (when present); in the same account a resource-policy Allow
// that names the user or the role session is enough, while a grant to the role's ARN (like an
// identity-policy Allow) is still capped by the permissions boundary and the session policy;
// across accounts both the identity side and the resource policy must allow; otherwise an
// implicit deny. The result says which statements decided, and why every other one did not match.
import { firstFailure } from './conditions';
import { actionMatches, arnMatches, substitute, type Context } from './match';
import type { ConditionTest, Policy, PolicyKind, PrincipalSpec, Statement } from './policy';

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';

/** Who makes the request: an IAM user or an assumed-role session, by ARN. */
export interface IamPrincipal {
  /** `arn:aws:iam::111122223333:user/alice` or `arn:aws:sts::111122223333:assumed-role/Admin/alice`. */
  arn: string;
  /** The role's ARN, for a role with a path (`arn:aws:iam::…:role/team/Admin`); derived otherwise. */
  roleArn?: string;
  /** The principal's tags (aws:PrincipalTag/key). */
  tags?: Readonly<Record<string, string>>;
}

export interface IamRequest {
  principal: IamPrincipal;
  action: string;
  resource: { arn: string; account: string };
  /** Other condition keys, e.g. `aws:SourceIp`, `aws:MultiFactorAuthPresent`, `s3:prefix`. */
  context?: Readonly<Record<string, string | readonly string[]>>;
}

export interface NamedPolicy {
  name: string;
  policy: Policy;
}

/** The SCPs or RCPs attached at one level of an organization (root, an OU, the account). */
export interface OrgLevel {
  name: string;
  policies: NamedPolicy[];
}

export interface PolicySet {
  identity?: NamedPolicy[];
  /** The resource's own policy (a bucket policy, a key policy, …). */
  resource?: NamedPolicy;
  /**
   * True for a KMS key policy or an IAM role trust policy: it must allow even in the same account
   * (a grant to the account root lets the account's identity policies allow).
   */
  resourceMustAllow?: boolean;
  boundary?: NamedPolicy;
  /** Passed when the role session was created; only applies to role sessions. */
  session?: NamedPolicy;
  /** The principal's account's SCPs, one entry per level; each level must allow. */
  scps?: OrgLevel[];
  /**
   * The resource's account's RCPs, one entry per level. AWS attaches RCPFullAWSAccess (allow all)
   * to every level and it cannot be detached, so only a Deny in an RCP can refuse a request.
   */
  rcps?: OrgLevel[];
}

export type PrincipalInfo =
  | { type: 'user'; arn: string; account: string; name: string }
  | {
      type: 'role-session';
      arn: string;
      account: string;
      roleArn: string;
      roleName: string;
      session: string;
    };

/** How a resource-policy statement's Principal matched the request's principal. */
export type PrincipalMatch = 'named' | 'role' | 'account' | 'any';

export type MissReason =
  | { code: 'action'; action: string; values: string[]; negated: boolean }
  | { code: 'resource'; resource: string; values: string[]; negated: boolean }
  | { code: 'principal'; principal: string; negated: boolean }
  /** A Resource or NotResource entry whose policy variable the request has no value for. */
  | { code: 'variable'; value: string }
  | { code: 'condition'; test: ConditionTest; requestValues: readonly string[] | null };

export interface StatementResult {
  policy: { kind: PolicyKind; name: string; level: string | null };
  index: number;
  sid: string | null;
  effect: 'Allow' | 'Deny';
  line: number;
  /** Null when the statement applies to the request; otherwise the first reason it does not. */
  miss: MissReason | null;
  principalMatch: PrincipalMatch | null;
}

/** The step of the evaluation that gave the decision. */
export type DecisionReason =
  | 'explicit-deny'
  | 'scp-no-allow'
  | 'resource-policy-allow'
  | 'resource-policy-allow-anyone'
  | 'no-allow'
  | 'resource-policy-required'
  | 'cross-account-no-identity-allow'
  | 'cross-account-no-resource-allow'
  | 'boundary-no-allow'
  | 'session-no-allow'
  | 'allow';

export interface Evaluation {
  decision: Decision;
  reason: DecisionReason;
  /** The level whose SCPs have no applicable Allow (reason scp-no-allow). */
  level: string | null;
  crossAccount: boolean;
  resourceAccount: string;
  principal: PrincipalInfo;
  /** The statements that decided: the Deny ones, or the Allow ones the request needed. */
  deciding: StatementResult[];
  /** Every statement of every policy, matched or not, in the order of PolicySet's fields. */
  statements: StatementResult[];
}

/** The principal's type, account and names from its ARN; null for an ARN of another kind. */
export function principalInfo(principal: IamPrincipal): PrincipalInfo | null {
  const user = /^arn:aws:iam::(\d{12}):user\/(?:[^:]*\/)?([^/:]+)$/.exec(principal.arn);
  if (user !== null)
    return { type: 'user', arn: principal.arn, account: user[1] as string, name: user[2] as string };
  const session = /^arn:aws:sts::(\d{12}):assumed-role\/([^/:]+)\/([^/:]+)$/.exec(principal.arn);
  if (session === null) return null;
  const [, account, roleName, sessionName] = session as unknown as [string, string, string, string];
  return {
    type: 'role-session',
    arn: principal.arn,
    account,
    roleArn: principal.roleArn ?? `arn:aws:iam::${account}:role/${roleName}`,
    roleName,
    session: sessionName,
  };
}

/**
 * The request context: the keys AWS sets from the principal (aws:PrincipalArn, aws:PrincipalAccount,
 * aws:username for users only, aws:PrincipalTag/…, aws:PrincipalType, aws:ResourceAccount), then
 * the request's own keys, which win.
 */
export function requestContext(
  request: IamRequest,
  info: PrincipalInfo,
): Record<string, string | readonly string[]> {
  const context: Record<string, string | readonly string[]> = {
    'aws:PrincipalArn': info.type === 'user' ? info.arn : info.roleArn,
    'aws:PrincipalAccount': info.account,
    'aws:PrincipalType': info.type === 'user' ? 'User' : 'AssumedRole',
    'aws:ResourceAccount': request.resource.account,
  };
  if (info.type === 'user') context['aws:username'] = info.name;
  for (const [key, value] of Object.entries(request.principal.tags ?? {}))
    context[`aws:PrincipalTag/${key}`] = value;
  return { ...context, ...request.context };
}

function toContext(entries: Record<string, string | readonly string[]>): Context {
  const context = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(entries))
    context.set(key.toLowerCase(), typeof value === 'string' ? [value] : value);
  return context;
}

function principalMatch(spec: PrincipalSpec, info: PrincipalInfo): PrincipalMatch | null {
  if (spec.any) return 'any';
  if (spec.aws.includes(info.arn)) return 'named';
  if (info.type === 'role-session' && spec.aws.includes(info.roleArn)) return 'role';
  if (spec.aws.includes(`arn:aws:iam::${info.account}:root`)) return 'account';
  return null;
}

function matchStatement(
  statement: Statement,
  policy: Policy,
  request: IamRequest,
  info: PrincipalInfo,
  context: Context,
): Pick<StatementResult, 'miss' | 'principalMatch'> {
  const actions = statement.action ?? (statement.notAction as string[]);
  const actionHit = actions.some((pattern) => actionMatches(pattern, request.action));
  if (actionHit === (statement.notAction !== null))
    return {
      miss: {
        code: 'action',
        action: request.action,
        values: actions,
        negated: statement.notAction !== null,
      },
      principalMatch: null,
    };

  const variables = policy.version === '2012-10-17';
  const resources = statement.resource ?? (statement.notResource as string[]);
  const negated = statement.notResource !== null;
  const patterns = resources.map((pattern) => (variables ? substitute(pattern, context, true) : pattern));
  const resourceHit = patterns.some((value) => value !== null && arnMatches(value, request.resource.arn));
  // "If AWS cannot resolve a variable this might cause the entire statement to be invalid" (IAM
  // User Guide): a NotResource with an unresolved variable, or a Resource that matches only
  // through one, leaves the statement out.
  const unresolved = resources.find((_, index) => patterns[index] === null);
  if (unresolved !== undefined && (negated || !resourceHit))
    return { miss: { code: 'variable', value: unresolved }, principalMatch: null };
  if (resourceHit === negated)
    return {
      miss: { code: 'resource', resource: request.resource.arn, values: resources, negated },
      principalMatch: null,
    };

  let matched: PrincipalMatch | null = null;
  const spec = statement.principal ?? statement.notPrincipal;
  if (spec !== null) {
    const found = principalMatch(spec, info);
    const negated = statement.notPrincipal !== null;
    if ((found !== null) === negated)
      return { miss: { code: 'principal', principal: info.arn, negated }, principalMatch: null };
    matched = found ?? 'any';
  }

  const failure = firstFailure(statement.conditions, context, variables);
  if (failure !== null) return { miss: { code: 'condition', ...failure }, principalMatch: null };
  return { miss: null, principalMatch: matched };
}

const FULL_ACCESS: Policy = {
  version: '2012-10-17',
  statements: [
    {
      index: 0,
      sid: null,
      effect: 'Allow',
      action: ['*'],
      notAction: null,
      resource: ['*'],
      notResource: null,
      principal: { any: true, aws: [], other: [] },
      notPrincipal: null,
      conditions: [],
      line: 1,
    },
  ],
};

/** The name evaluate gives the RCPFullAWSAccess policy it adds to every RCP level. */
export const RCP_FULL_ACCESS = 'RCPFullAWSAccess';

/** Evaluates `request` against `policies`; throws when the principal's ARN is not a user or role session. */
export function evaluate(request: IamRequest, policies: PolicySet): Evaluation {
  const info = principalInfo(request.principal);
  if (info === null) throw new Error(`Not an IAM user or role-session ARN: ${request.principal.arn}`);
  const context = toContext(requestContext(request, info));
  const crossAccount = info.account !== request.resource.account;

  const statements: StatementResult[] = [];
  const run = (kind: PolicyKind, named: NamedPolicy, level: string | null = null): StatementResult[] =>
    named.policy.statements.map((statement) => {
      const result: StatementResult = {
        policy: { kind, name: named.name, level },
        index: statement.index,
        sid: statement.sid,
        effect: statement.effect,
        line: statement.line,
        ...matchStatement(statement, named.policy, request, info, context),
      };
      statements.push(result);
      return result;
    });
  const runLevels = (
    kind: 'scp' | 'rcp',
    levels: OrgLevel[] | undefined,
  ): { level: string; results: StatementResult[] }[] =>
    (levels ?? []).map((level) => ({
      level: level.name,
      results: [
        ...(kind === 'rcp' ? [{ name: RCP_FULL_ACCESS, policy: FULL_ACCESS }] : []),
        ...level.policies,
      ].flatMap((named) => run(kind, named, level.name)),
    }));

  const rcp = runLevels('rcp', policies.rcps);
  const scp = runLevels('scp', policies.scps);
  const resource = policies.resource === undefined ? [] : run('resource', policies.resource);
  const identity = (policies.identity ?? []).flatMap((named) => run('identity', named));
  const boundary = policies.boundary === undefined ? null : run('boundary', policies.boundary);
  const session =
    policies.session === undefined || info.type !== 'role-session' ? null : run('session', policies.session);

  const applies = (result: StatementResult): boolean => result.miss === null;
  const allows = (results: StatementResult[]): StatementResult[] =>
    results.filter((result) => applies(result) && result.effect === 'Allow');
  const done = (
    decision: Decision,
    reason: DecisionReason,
    deciding: StatementResult[],
    level: string | null = null,
  ): Evaluation => ({
    decision,
    reason,
    level,
    crossAccount,
    resourceAccount: request.resource.account,
    principal: info,
    deciding,
    statements,
  });

  const denies = statements.filter((result) => applies(result) && result.effect === 'Deny');
  if (denies.length > 0) return done('explicit-deny', 'explicit-deny', denies);
  // RCP levels always hold RCPFullAWSAccess, so they always have an Allow here.
  const guardrails = rcp.flatMap(({ results }) => allows(results));
  for (const { level, results } of scp) {
    const found = allows(results);
    if (found.length === 0) return done('implicit-deny', 'scp-no-allow', [], level);
    guardrails.push(...found);
  }

  const resourceAllows = allows(resource);
  const identityAllows = allows(identity);
  if (!crossAccount) {
    // A same-account grant that names the user or the role session is enough on its own. A grant
    // to everyone ("*") is too, past the boundary, but it does not name the session, so a session
    // policy still limits it (the STS reference: only a policy that references the session grants
    // "in addition to" the session policy).
    const named = resourceAllows.filter((result) => result.principalMatch === 'named');
    if (named.length > 0) return done('allow', 'resource-policy-allow', [...guardrails, ...named]);
    const anyone = resourceAllows.filter((result) => result.principalMatch === 'any');
    const sessionAllows = session === null ? null : allows(session);
    if (anyone.length > 0 && sessionAllows?.length !== 0)
      return done('allow', 'resource-policy-allow-anyone', [
        ...guardrails,
        ...anyone,
        ...(sessionAllows ?? []),
      ]);
  }

  // What grants the request before the boundary and session policy cap it.
  let grants: StatementResult[];
  if (crossAccount) {
    if (identityAllows.length === 0) return done('implicit-deny', 'cross-account-no-identity-allow', []);
    if (resourceAllows.length === 0) return done('implicit-deny', 'cross-account-no-resource-allow', []);
    grants = [...identityAllows, ...resourceAllows];
  } else {
    const toRole = resourceAllows.filter((result) => result.principalMatch === 'role');
    if (policies.resourceMustAllow !== true) grants = [...identityAllows, ...toRole];
    else {
      if (resourceAllows.length === 0) return done('implicit-deny', 'resource-policy-required', []);
      const toAccount = resourceAllows.filter((result) => result.principalMatch === 'account');
      grants = [
        ...(toAccount.length > 0 && identityAllows.length > 0 ? [...identityAllows, ...toAccount] : []),
        ...toRole,
      ];
    }
    if (grants.length === 0) return done('implicit-deny', 'no-allow', []);
  }
  const caps: StatementResult[] = [];
  for (const [results, reason] of [
    [boundary, 'boundary-no-allow'],
    [session, 'session-no-allow'],
  ] as const) {
    if (results === null) continue;
    const found = allows(results);
    if (found.length === 0) return done('implicit-deny', reason, []);
    caps.push(...found);
  }
  return done('allow', 'allow', [...guardrails, ...grants, ...caps]);
}
