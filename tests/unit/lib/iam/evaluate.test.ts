import { describe, expect, it } from 'vitest';
import {
  evaluate,
  principalInfo,
  requestContext,
  RCP_FULL_ACCESS,
  type IamRequest,
  type NamedPolicy,
  type PolicySet,
} from '../../../../src/lib/iam/evaluate';
import { parsePolicy, type PolicyKind } from '../../../../src/lib/iam/policy';

const ACCOUNT = '111122223333';
const OTHER = '444455556666';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/alice`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/Reader`;
const OBJECT = 'arn:aws:s3:::reports/2026/q1.csv';

function named(name: string, kind: PolicyKind, ...statements: object[]): NamedPolicy {
  const result = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2), kind);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { name, policy: result.policy };
}

const allow = (extra: object = {}) => ({
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::reports/*',
  ...extra,
});
const deny = (extra: object = {}) => ({ ...allow(), Effect: 'Deny', ...extra });

function request(overrides: Partial<IamRequest> = {}): IamRequest {
  return {
    principal: { arn: USER },
    action: 's3:GetObject',
    resource: { arn: OBJECT, account: ACCOUNT },
    ...overrides,
  };
}

const asSession = (overrides: Partial<IamRequest> = {}) =>
  request({ principal: { arn: SESSION }, ...overrides });
const decide = (policies: PolicySet, req: IamRequest = request()) => evaluate(req, policies);

describe('principalInfo and requestContext', () => {
  it('reads users (with a path) and role sessions', () => {
    expect(principalInfo({ arn: `arn:aws:iam::${ACCOUNT}:user/team/alice` })).toEqual({
      type: 'user',
      arn: `arn:aws:iam::${ACCOUNT}:user/team/alice`,
      account: ACCOUNT,
      name: 'alice',
    });
    expect(principalInfo({ arn: SESSION })).toEqual({
      type: 'role-session',
      arn: SESSION,
      account: ACCOUNT,
      roleArn: ROLE,
      roleName: 'Reader',
      session: 'alice',
    });
    expect(
      principalInfo({ arn: SESSION, roleArn: `arn:aws:iam::${ACCOUNT}:role/data/Reader` }),
    ).toMatchObject({
      roleArn: `arn:aws:iam::${ACCOUNT}:role/data/Reader`,
    });
    expect(principalInfo({ arn: `arn:aws:iam::${ACCOUNT}:root` })).toBeNull();
  });

  it('sets the keys AWS derives from the principal, and lets the request override them', () => {
    const req = request({
      principal: { arn: USER, tags: { team: 'red' } },
      context: { 'aws:SourceIp': '203.0.113.9' },
    });
    expect(requestContext(req, principalInfo(req.principal) as never)).toEqual({
      'aws:PrincipalArn': USER,
      'aws:PrincipalAccount': ACCOUNT,
      'aws:PrincipalType': 'User',
      'aws:ResourceAccount': ACCOUNT,
      'aws:username': 'alice',
      'aws:PrincipalTag/team': 'red',
      'aws:SourceIp': '203.0.113.9',
    });
    const session = asSession();
    expect(requestContext(session, principalInfo(session.principal) as never)).toMatchObject({
      'aws:PrincipalArn': ROLE,
      'aws:PrincipalType': 'AssumedRole',
    });
  });

  it('refuses a principal that is not a user or role session', () => {
    expect(() => decide({}, request({ principal: { arn: 'alice' } }))).toThrow(/Not an IAM user/);
  });
});

describe('evaluate: one account', () => {
  it('denies implicitly when nothing allows', () => {
    const result = decide({ identity: [named('other', 'identity', allow({ Action: 's3:PutObject' }))] });
    expect(result).toMatchObject({
      decision: 'implicit-deny',
      reason: 'no-allow',
      deciding: [],
      crossAccount: false,
    });
    expect(result.statements[0]?.miss).toEqual({
      code: 'action',
      action: 's3:GetObject',
      values: ['s3:PutObject'],
      negated: false,
    });
  });

  it('allows with an identity-policy Allow and names the statement that allowed', () => {
    const result = decide({ identity: [named('read', 'identity', allow({ Sid: 'Read' }))] });
    expect(result.decision).toBe('allow');
    expect(result.reason).toBe('allow');
    expect(result.deciding.map((one) => [one.policy.name, one.sid, one.line])).toEqual([['read', 'Read', 4]]);
  });

  it('lets an explicit Deny anywhere win over any Allow', () => {
    for (const where of ['identity', 'boundary', 'session', 'resource', 'scp', 'rcp'] as const) {
      const denyIt = (kind: PolicyKind) =>
        named(`deny-${kind}`, kind, deny(kind === 'resource' || kind === 'rcp' ? { Principal: '*' } : {}));
      const policies: PolicySet = {
        identity: [named('read', 'identity', allow())],
        ...(where === 'identity'
          ? { identity: [named('read', 'identity', allow()), denyIt('identity')] }
          : {}),
        ...(where === 'boundary' ? { boundary: denyIt('boundary') } : {}),
        ...(where === 'session' ? { session: denyIt('session') } : {}),
        ...(where === 'resource' ? { resource: denyIt('resource') } : {}),
        ...(where === 'scp' ? { scps: [{ name: 'Root', policies: [denyIt('scp')] }] } : {}),
        ...(where === 'rcp' ? { rcps: [{ name: 'Root', policies: [denyIt('rcp')] }] } : {}),
      };
      const result = decide(policies, asSession());
      expect(result.decision, where).toBe('explicit-deny');
      expect(result.deciding.map((one) => one.policy.kind)).toEqual([where]);
    }
  });

  it('needs an Allow at every SCP level, and names the level that has none', () => {
    const fullAccess = named('FullAWSAccess', 'scp', { Effect: 'Allow', Action: '*', Resource: '*' });
    const ec2Only = named('ec2-only', 'scp', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' });
    const identity = [named('read', 'identity', allow())];
    const result = decide({
      identity,
      scps: [
        { name: 'Root', policies: [fullAccess] },
        { name: 'OU Sandbox', policies: [ec2Only] },
      ],
    });
    expect(result).toMatchObject({ decision: 'implicit-deny', reason: 'scp-no-allow', level: 'OU Sandbox' });
    const allowed = decide({ identity, scps: [{ name: 'Root', policies: [fullAccess] }] });
    expect(allowed.decision).toBe('allow');
    expect(allowed.deciding.map((one) => one.policy.kind)).toEqual(['scp', 'identity']);
  });

  it('adds RCPFullAWSAccess to every RCP level, so RCPs only refuse by denying', () => {
    const rcp = named('deny-other-bucket', 'rcp', {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::secret/*',
    });
    const result = decide({
      identity: [named('read', 'identity', allow())],
      rcps: [{ name: 'Root', policies: [rcp] }],
    });
    expect(result.decision).toBe('allow');
    expect(result.deciding[0]?.policy).toEqual({ kind: 'rcp', name: RCP_FULL_ACCESS, level: 'Root' });
    expect(result.statements.find((one) => one.policy.name === 'deny-other-bucket')?.miss?.code).toBe(
      'resource',
    );
  });

  it('lets a resource policy that names the user allow on its own, past a silent boundary', () => {
    const resource = named('bucket', 'resource', allow({ Principal: { AWS: USER } }));
    const boundary = named('boundary', 'boundary', allow({ Action: 'ec2:*' }));
    const result = decide({ resource, boundary });
    expect(result).toMatchObject({ decision: 'allow', reason: 'resource-policy-allow' });
    expect(result.deciding.map((one) => [one.policy.kind, one.principalMatch])).toEqual([
      ['resource', 'named'],
    ]);
  });

  it('lets a resource policy that names the role session allow past a silent boundary and session policy', () => {
    const resource = named('bucket', 'resource', allow({ Principal: { AWS: SESSION } }));
    const silent = allow({ Action: 'ec2:*' });
    const result = decide(
      {
        resource,
        boundary: named('boundary', 'boundary', silent),
        session: named('session', 'session', silent),
      },
      asSession(),
    );
    expect(result).toMatchObject({ decision: 'allow', reason: 'resource-policy-allow' });
  });

  it('lets a grant to everyone ("*") past a silent boundary, but not past a silent session policy', () => {
    const resource = named('bucket', 'resource', allow({ Principal: '*' }));
    const silent = allow({ Action: 'ec2:*' });
    expect(decide({ resource, boundary: named('boundary', 'boundary', silent) }, asSession())).toMatchObject({
      decision: 'allow',
      reason: 'resource-policy-allow-anyone',
    });
    expect(decide({ resource, session: named('session', 'session', silent) }, asSession())).toMatchObject({
      decision: 'implicit-deny',
      reason: 'no-allow',
    });
    const allowed = decide({ resource, session: named('session', 'session', allow()) }, asSession());
    expect(allowed.reason).toBe('resource-policy-allow-anyone');
    expect(allowed.deciding.map((one) => one.policy.kind)).toEqual(['resource', 'session']);
  });

  it('caps a resource-policy grant to the role ARN by the boundary and the session policy', () => {
    const resource = named('bucket', 'resource', allow({ Principal: { AWS: ROLE } }));
    const silent = allow({ Action: 'ec2:*' });
    expect(decide({ resource }, asSession())).toMatchObject({ decision: 'allow', reason: 'allow' });
    expect(decide({ resource, boundary: named('boundary', 'boundary', silent) }, asSession())).toMatchObject({
      decision: 'implicit-deny',
      reason: 'boundary-no-allow',
    });
    expect(decide({ resource, session: named('session', 'session', silent) }, asSession())).toMatchObject({
      decision: 'implicit-deny',
      reason: 'session-no-allow',
    });
    const both = decide(
      {
        resource,
        boundary: named('boundary', 'boundary', allow()),
        session: named('session', 'session', allow()),
      },
      asSession(),
    );
    expect(both.deciding.map((one) => one.policy.kind)).toEqual(['resource', 'boundary', 'session']);
  });

  it('does not count a grant to the account as a grant to the principal', () => {
    const resource = named('bucket', 'resource', allow({ Principal: { AWS: ACCOUNT } }));
    expect(decide({ resource })).toMatchObject({ decision: 'implicit-deny', reason: 'no-allow' });
    expect(decide({ resource, identity: [named('read', 'identity', allow())] }).decision).toBe('allow');
  });

  it('ignores a session policy for an IAM user', () => {
    const result = decide({
      identity: [named('read', 'identity', allow())],
      session: named('session', 'session', allow({ Action: 'ec2:*' })),
    });
    expect(result.decision).toBe('allow');
    expect(result.statements.some((one) => one.policy.kind === 'session')).toBe(false);
  });

  it('caps an identity Allow by a boundary', () => {
    const identity = [named('read', 'identity', allow())];
    expect(
      decide({ identity, boundary: named('boundary', 'boundary', allow({ Action: 'ec2:*' })) }),
    ).toMatchObject({
      decision: 'implicit-deny',
      reason: 'boundary-no-allow',
    });
  });
});

describe('evaluate: KMS key policies and role trust policies (resourceMustAllow)', () => {
  const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  const decrypt = (extra: object = {}) => ({
    Effect: 'Allow',
    Action: 'kms:Decrypt',
    Resource: '*',
    ...extra,
  });
  const req = (arn = USER) =>
    request({ principal: { arn }, action: 'kms:Decrypt', resource: { arn: KEY, account: ACCOUNT } });
  const identity = [named('use-key', 'identity', decrypt())];

  it('denies when the key policy does not allow, even with an identity-policy Allow', () => {
    expect(decide({ identity, resourceMustAllow: true }, req())).toMatchObject({
      decision: 'implicit-deny',
      reason: 'resource-policy-required',
    });
    const other = named('key', 'resource', decrypt({ Principal: { AWS: `arn:aws:iam::${OTHER}:root` } }));
    expect(decide({ identity, resource: other, resourceMustAllow: true }, req()).reason).toBe(
      'resource-policy-required',
    );
  });

  it('lets identity policies allow when the key policy allows the account', () => {
    const key = named('key', 'resource', decrypt({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } }));
    const result = decide({ identity, resource: key, resourceMustAllow: true }, req());
    expect(result).toMatchObject({ decision: 'allow', reason: 'allow' });
    expect(result.deciding.map((one) => one.policy.kind)).toEqual(['identity', 'resource']);
    expect(decide({ resource: key, resourceMustAllow: true }, req())).toMatchObject({
      decision: 'implicit-deny',
      reason: 'no-allow',
    });
  });

  it('lets a key policy that names the user or the role allow without an identity policy', () => {
    const toUser = named('key', 'resource', decrypt({ Principal: { AWS: USER } }));
    expect(decide({ resource: toUser, resourceMustAllow: true }, req()).reason).toBe('resource-policy-allow');
    const toRole = named('key', 'resource', decrypt({ Principal: { AWS: ROLE } }));
    expect(decide({ resource: toRole, resourceMustAllow: true }, req(SESSION))).toMatchObject({
      decision: 'allow',
      reason: 'allow',
    });
  });
});

describe('evaluate: across accounts', () => {
  const elsewhere = request({ resource: { arn: OBJECT, account: OTHER } });

  it('needs the identity side and the resource policy', () => {
    const identity = [named('read', 'identity', allow())];
    const resource = named('bucket', 'resource', allow({ Principal: { AWS: ACCOUNT } }));
    expect(decide({ identity }, elsewhere)).toMatchObject({
      decision: 'implicit-deny',
      reason: 'cross-account-no-resource-allow',
      crossAccount: true,
    });
    expect(decide({ resource }, elsewhere)).toMatchObject({
      decision: 'implicit-deny',
      reason: 'cross-account-no-identity-allow',
    });
    const both = decide({ identity, resource }, elsewhere);
    expect(both).toMatchObject({ decision: 'allow', reason: 'allow', resourceAccount: OTHER });
    expect(both.deciding.map((one) => one.policy.kind)).toEqual(['identity', 'resource']);
  });

  it('does not let a resource policy naming the user skip the identity side', () => {
    const resource = named('bucket', 'resource', allow({ Principal: { AWS: USER } }));
    expect(decide({ resource }, elsewhere).decision).toBe('implicit-deny');
  });
});

describe('evaluate: other principals and keys', () => {
  it('applies a NotPrincipal Deny to everyone it does not name', () => {
    const resource = named(
      'bucket',
      'resource',
      deny({ NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:user/admin` } }),
    );
    const result = decide({ resource, identity: [named('read', 'identity', allow())] });
    expect(result.decision).toBe('explicit-deny');
    expect(result.deciding[0]?.principalMatch).toBe('any');
  });

  it('reads multivalued context keys', () => {
    const tagged = allow({
      Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'project'] } },
    });
    const identity = [named('tags', 'identity', tagged)];
    expect(decide({ identity }, request({ context: { 'aws:TagKeys': ['team'] } })).decision).toBe('allow');
    expect(decide({ identity }, request({ context: { 'aws:TagKeys': ['team', 'owner'] } })).decision).toBe(
      'implicit-deny',
    );
  });
});

describe('evaluate: why a statement did not match', () => {
  it('names the resource, principal or condition that failed', () => {
    const result = decide(
      {
        identity: [
          named(
            'mixed',
            'identity',
            allow({ Resource: 'arn:aws:s3:::archive/*' }),
            deny({ NotResource: 'arn:aws:s3:::reports/*', Resource: undefined }),
            deny({ NotAction: 's3:Get*', Action: undefined }),
            allow({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
            allow({ Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' } } }),
          ),
        ],
        resource: named(
          'bucket',
          'resource',
          allow({ Principal: { AWS: `arn:aws:iam::${OTHER}:root` } }),
          deny({ NotPrincipal: { AWS: USER } }),
        ),
      },
      request({ principal: { arn: USER, tags: { team: 'blue' } } }),
    );
    expect(result.decision).toBe('implicit-deny');
    expect(result.statements.map((one) => one.miss)).toEqual([
      { code: 'principal', principal: USER, negated: false },
      { code: 'principal', principal: USER, negated: true },
      { code: 'resource', resource: OBJECT, values: ['arn:aws:s3:::archive/*'], negated: false },
      { code: 'resource', resource: OBJECT, values: ['arn:aws:s3:::reports/*'], negated: true },
      { code: 'action', action: 's3:GetObject', values: ['s3:Get*'], negated: true },
      expect.objectContaining({ code: 'condition', requestValues: null }),
      expect.objectContaining({ code: 'condition', requestValues: ['blue'] }),
    ]);
  });

  it('leaves out a statement whose Resource or NotResource needs a variable the request lacks', () => {
    // A role session has no aws:username.
    const home = 'arn:aws:s3:::reports/${aws:username}/*';
    const result = decide(
      {
        identity: [
          named(
            'read',
            'identity',
            allow(),
            allow({ Resource: home }),
            deny({ Resource: undefined, NotResource: home }),
          ),
        ],
      },
      asSession(),
    );
    expect(result.decision).toBe('allow');
    expect(result.statements.map((one) => one.miss)).toEqual([
      null,
      { code: 'variable', value: home },
      { code: 'variable', value: home },
    ]);
  });

  it('reads ${aws:username} in a Resource, but not in a policy without Version 2012-10-17', () => {
    const home = allow({ Resource: 'arn:aws:s3:::home/${aws:username}/*' });
    const req = request({ resource: { arn: 'arn:aws:s3:::home/alice/notes.txt', account: ACCOUNT } });
    expect(decide({ identity: [named('home', 'identity', home)] }, req).decision).toBe('allow');
    expect(
      decide(
        { identity: [named('home', 'identity', home)] },
        request({ resource: { arn: 'arn:aws:s3:::home/bob/x', account: ACCOUNT } }),
      ).decision,
    ).toBe('implicit-deny');
    const old = parsePolicy(JSON.stringify({ Version: '2008-10-17', Statement: home }), 'identity');
    if (!old.ok) throw new Error('old policy');
    expect(decide({ identity: [{ name: 'old', policy: old.policy }] }, req).decision).toBe('implicit-deny');
  });
});
