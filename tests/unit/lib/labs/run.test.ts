import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../../src/lib/iam/policy';
import { toLabData } from '../../../../src/lib/labs/data';
import { labPolicies, policyLabOutcome, runPolicyLab, type LabRun } from '../../../../src/lib/labs/run';
import type { PolicyLabData } from '../../../../src/lib/labs/types';
import type { PolicyLab } from '../../../../src/schemas/lab';
import { ALLOW_ALL, makePolicyLab, policy, READ_REPORTS, S3_ANYTHING } from './fixtures';

const labData = (overrides: Partial<PolicyLab> = {}) =>
  toLabData(makePolicyLab(overrides), 'lab') as PolicyLabData;

function evaluated(run: LabRun) {
  if (run.status !== 'evaluated') throw new Error(`expected an evaluated run, got ${run.status}`);
  return run;
}

describe('runPolicyLab', () => {
  it('completes the lab when every check passes and every probe is denied', () => {
    const lab = labData();
    const run = evaluated(runPolicyLab(lab, READ_REPORTS));
    expect(run).toMatchObject({
      checksPassed: 2,
      checksTotal: 2,
      probesDenied: 1,
      probesTotal: 1,
      completed: true,
    });
    expect(run.checks.map((result) => [result.request.id, result.evaluation.decision, result.ok])).toEqual([
      ['read-report', 'allow', true],
      ['read-other', 'implicit-deny', true],
    ]);
    expect(policyLabOutcome(lab, run)).toEqual({
      checksPassed: 2,
      checksTotal: 2,
      probesDenied: 1,
      probesTotal: 1,
      completed: true,
    });
  });

  it('reports a too-broad policy: the checks it fails and the probes it allows', () => {
    const run = evaluated(runPolicyLab(labData(), S3_ANYTHING));
    expect(run.completed).toBe(false);
    expect(run.checks.filter((result) => !result.ok).map((result) => result.request.id)).toEqual([
      'read-other',
    ]);
    expect(run.probes.map((result) => [result.request.id, result.evaluation.decision, result.ok])).toEqual([
      ['delete-bucket', 'allow', false],
    ]);
  });

  it('does not evaluate a policy with a syntax error or an error-level issue, and counts nothing passed', () => {
    const lab = labData();
    const syntax = runPolicyLab(lab, '{ "Version": ');
    expect(syntax).toMatchObject({ status: 'invalid', parse: { ok: false } });
    expect(policyLabOutcome(lab, syntax)).toEqual({
      checksPassed: 0,
      checksTotal: 2,
      probesDenied: 0,
      probesTotal: 1,
      completed: false,
    });
    // A Principal has no place in an identity policy.
    const withPrincipal = policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' });
    expect(runPolicyLab(lab, withPrincipal).status).toBe('invalid');
    expect(runPolicyLab(lab, '').status).toBe('invalid');
  });

  it('evaluates a policy that has only warnings (no Version)', () => {
    const noVersion = JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-reports/*' }],
    });
    expect(evaluated(runPolicyLab(labData(), noVersion)).checksPassed).toBe(2);
  });

  it('uses each request’s own caller, account and condition keys', () => {
    const lab = labData({
      edit: {
        kind: 'identity',
        name: 'Mfa',
        mustAllow: false,
        start: '',
        solution: '',
      },
      checks: [
        {
          id: 'with-mfa',
          says: 'Bob reads with MFA',
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::example-reports/q1.csv',
          principal: { arn: 'arn:aws:iam::111122223333:user/bob', tags: { team: 'finance' } },
          context: { 'aws:MultiFactorAuthPresent': 'true' },
          expect: 'allow',
        },
        {
          id: 'no-mfa',
          says: 'Bob reads without MFA',
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::example-reports/q1.csv',
          principal: { arn: 'arn:aws:iam::111122223333:user/bob', tags: { team: 'finance' } },
          expect: 'deny',
        },
      ],
    });
    const mfaAndTeam = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::example-reports/*',
      Condition: {
        Bool: { 'aws:MultiFactorAuthPresent': 'true' },
        StringEquals: { 'aws:PrincipalTag/team': 'finance' },
      },
    });
    const run = evaluated(runPolicyLab(lab, mfaAndTeam));
    expect(run.checks.map((result) => result.ok)).toEqual([true, true]);
    expect(run.checks[0]?.evaluation.principal).toMatchObject({ type: 'user', name: 'bob' });
  });

  it('puts an edited resource policy in the resource place, with mustAllow', () => {
    const keyPolicy = (principal: string) =>
      policy({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'kms:Decrypt', Resource: '*' });
    const lab = labData({
      edit: { kind: 'resource', name: 'KeyPolicy', mustAllow: true, start: '', solution: '' },
      context: {
        identity: [{ name: 'KmsAll', json: policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) }],
        scps: [],
        rcps: [],
      },
      checks: [
        {
          id: 'decrypt',
          says: 'Alice decrypts',
          action: 'kms:Decrypt',
          resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          expect: 'allow',
        },
        {
          id: 'encrypt',
          says: 'Alice encrypts',
          action: 'kms:Encrypt',
          resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          expect: 'deny',
        },
      ],
    });
    expect(evaluated(runPolicyLab(lab, keyPolicy('arn:aws:iam::111122223333:user/alice'))).checksPassed).toBe(
      2,
    );
    // The key policy names someone else: with mustAllow, the identity policy alone is not enough.
    const other = evaluated(runPolicyLab(lab, keyPolicy('arn:aws:iam::111122223333:user/bob')));
    expect(other.checks[0]?.evaluation.reason).toBe('resource-policy-required');
  });

  it('caps the identity policies with an edited boundary or session policy', () => {
    const base = { identity: [{ name: 'All', json: ALLOW_ALL }], scps: [], rcps: [] };
    const boundaryLab = labData({
      edit: { kind: 'boundary', name: 'Boundary', mustAllow: false, start: '', solution: '' },
      context: base,
    });
    const bounded = evaluated(runPolicyLab(boundaryLab, READ_REPORTS));
    expect(bounded.completed).toBe(true);
    expect(evaluated(runPolicyLab(boundaryLab, S3_ANYTHING)).probes[0]?.ok).toBe(false);

    const sessionLab = labData({
      edit: { kind: 'session', name: 'Session', mustAllow: false, start: '', solution: '' },
      context: base,
      principal: { arn: 'arn:aws:sts::111122223333:assumed-role/Reader/alice' },
    });
    const session = evaluated(runPolicyLab(sessionLab, READ_REPORTS));
    expect(session.completed).toBe(true);
    expect(session.checks[1]?.evaluation.reason).toBe('session-no-allow');
  });

  it('adds an edited SCP to its level, or as a new level after the fixed ones', () => {
    const fullAccess = { name: 'FullAWSAccess', json: ALLOW_ALL };
    const scpLab = (level: string) =>
      labData({
        edit: { kind: 'scp', name: 'OnlyS3Reports', mustAllow: false, level, start: '', solution: '' },
        context: {
          identity: [{ name: 'All', json: ALLOW_ALL }],
          scps: [{ level: 'Root', policies: [fullAccess] }],
          rcps: [],
        },
      });
    // At the Root, beside FullAWSAccess, an Allow-only SCP adds nothing.
    expect(evaluated(runPolicyLab(scpLab('Root'), READ_REPORTS)).completed).toBe(false);
    // At a new OU level, the level allows only what the edited SCP allows.
    const ou = evaluated(runPolicyLab(scpLab('Workloads OU'), READ_REPORTS));
    expect(ou.completed).toBe(true);
    expect(ou.checks[1]?.evaluation).toMatchObject({ reason: 'scp-no-allow', level: 'Workloads OU' });
  });

  it('keeps the other fixed levels in their order when the edited SCP joins one of them', () => {
    const fullAccess = { name: 'FullAWSAccess', json: ALLOW_ALL };
    const lab = labData({
      edit: { kind: 'scp', name: 'Guard', mustAllow: false, level: 'Root', start: '', solution: '' },
      context: {
        identity: [],
        scps: [
          { level: 'Root', policies: [fullAccess] },
          { level: 'Workloads OU', policies: [fullAccess] },
        ],
        rcps: [],
      },
    });
    const parsed = parsePolicy(READ_REPORTS, 'scp');
    if (!parsed.ok) throw new Error('the test policy parses');
    const scps = labPolicies(lab, parsed.policy).scps ?? [];
    expect(scps.map((level) => [level.name, level.policies.map((entry) => entry.name)])).toEqual([
      ['Root', ['FullAWSAccess', 'Guard']],
      ['Workloads OU', ['FullAWSAccess']],
    ]);
  });

  it('adds an edited RCP to its level, beside the fixed RCPs and the resource policy', () => {
    const denyDelete = policy({ Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: '*' });
    const lab = labData({
      edit: { kind: 'rcp', name: 'NoDelete', mustAllow: false, level: 'Root', start: '', solution: '' },
      context: {
        identity: [{ name: 'S3', json: S3_ANYTHING }],
        resource: {
          name: 'BucketPolicy',
          mustAllow: false,
          json: policy({
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::example-finance/*',
          }),
        },
        boundary: { name: 'Boundary', json: S3_ANYTHING },
        scps: [],
        rcps: [
          {
            level: 'Root',
            policies: [
              {
                name: 'NoPutPolicy',
                json: policy({ Effect: 'Deny', Principal: '*', Action: 's3:PutBucketPolicy', Resource: '*' }),
              },
            ],
          },
        ],
      },
    });
    const run = evaluated(runPolicyLab(lab, denyDelete));
    expect(run.completed).toBe(true);
    expect(run.checks[1]?.evaluation.reason).toBe('explicit-deny');
    expect(run.probes[0]?.evaluation.deciding[0]?.policy).toEqual({
      kind: 'rcp',
      name: 'NoDelete',
      level: 'Root',
    });
    const newLevel = labData({
      ...makePolicyLab(),
      edit: { ...lab.edit, level: 'Data OU' },
      context: lab.context,
    });
    expect(
      evaluated(runPolicyLab(newLevel, denyDelete)).probes[0]?.evaluation.deciding[0]?.policy.level,
    ).toBe('Data OU');
  });

  it('uses a fixed session policy for role sessions', () => {
    const lab = labData({
      context: { identity: [], session: { name: 'Session', json: READ_REPORTS }, scps: [], rcps: [] },
      principal: { arn: 'arn:aws:sts::111122223333:assumed-role/Reader/alice' },
    });
    const run = evaluated(runPolicyLab(lab, S3_ANYTHING));
    expect(run.completed).toBe(true);
  });

  it('throws, naming the policy, when a fixed policy does not parse', () => {
    const lab = labData({ context: { identity: [{ name: 'Broken', json: '{' }], scps: [], rcps: [] } });
    expect(() => runPolicyLab(lab, READ_REPORTS)).toThrow(
      'The lab\'s identity policy "Broken" does not parse',
    );
  });
});
