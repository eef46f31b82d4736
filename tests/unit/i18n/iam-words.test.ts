import { describe, expect, it } from 'vitest';
import {
  decisionLabel,
  explainEvaluation,
  jsonSyntaxMessage,
  missMessage,
  policyIssueMessage,
  statementMessage,
} from '../../../src/i18n/en-iam';
import { evaluate, type NamedPolicy } from '../../../src/lib/iam/evaluate';
import { parseJson } from '../../../src/lib/iam/json';
import { parseOperator, parsePolicy, type PolicyKind } from '../../../src/lib/iam/policy';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const OBJECT = 'arn:aws:s3:::reports/q1.csv';
const READ = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' };

function named(name: string, kind: PolicyKind, ...statements: object[]): NamedPolicy {
  const result = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2), kind);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { name, policy: result.policy };
}

const firstIssue = (text: string, kind: PolicyKind = 'identity') => {
  const result = parsePolicy(text, kind);
  const issue = result.issues[0];
  if (issue === undefined) throw new Error('no issue');
  return policyIssueMessage(issue);
};

describe('jsonSyntaxMessage', () => {
  it('says where, what was expected and what was found', () => {
    const result = parseJson('{\n  "Effect": "Allow"\n  "Action": "*"\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(jsonSyntaxMessage(result.error)).toBe(
      'Line 3, column 3: this is not valid JSON. Expected a comma, or the closing bracket, found "\\"".',
    );
    const end = parseJson('{"a": ');
    if (end.ok) return;
    expect(jsonSyntaxMessage(end.error)).toMatch(/^Line 1, column 7: .* found the end of the text\.$/);
  });
});

describe('policyIssueMessage', () => {
  it('names the line, the statement with its Sid, the field and the fix', () => {
    const text = JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Sid: 'Read', ...READ, Effect: 'allow' }] },
      null,
      2,
    );
    expect(firstIssue(text)).toBe(
      'Line 6, column 17, statement 1 ("Read"), Effect: "Effect" must be exactly "Allow" or "Deny" (with a capital letter).',
    );
  });

  it('marks warnings and fills in values, fields and the policy kind', () => {
    expect(firstIssue(JSON.stringify({ Statement: READ }))).toMatch(
      /^Warning: Line 1, column 1, Version: There is no "Version"/,
    );
    expect(
      firstIssue(JSON.stringify({ Version: '2012-10-17', Statement: { ...READ, Action: 's3 Get' } })),
    ).toContain('"s3 Get" is not an action');
    expect(
      firstIssue(JSON.stringify({ Version: '2012-10-17', Statement: { ...READ, Principal: '*' } })),
    ).toContain('Identity policy statements have no "Principal"');
    expect(firstIssue(JSON.stringify({ Version: '2012-10-17', Statement: READ }), 'resource')).toContain(
      'A resource policy statement needs a "Principal"',
    );
    expect(
      firstIssue(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: { Effect: 'Deny', NotAction: 's3:*', Resource: '*', Principal: '*' },
        }),
        'rcp',
      ),
    ).toContain('RCPs do not support "NotAction". Use "Action"');
    expect(firstIssue('[]')).toBe(
      'Line 1, column 1: A policy is one JSON object: start it with { and end it with }.',
    );
  });
});

describe('explanations', () => {
  it('explains an allow, naming the statement that allowed and why the others did not apply', () => {
    const evaluation = evaluate(
      { principal: { arn: USER }, action: 's3:GetObject', resource: { arn: OBJECT, account: ACCOUNT } },
      {
        identity: [
          named('reports', 'identity', { Sid: 'Read', ...READ }, { ...READ, Action: 's3:PutObject' }),
        ],
      },
    );
    expect(explainEvaluation(evaluation)).toEqual({
      decision: 'Allowed.',
      reason: 'Every policy that must allow it does, and nothing denies it. The statement that allows it:',
      deciding: ['Statement 1 ("Read") of identity policy "reports" (line 4) applies and allows.'],
      others: [
        'Statement 2 of identity policy "reports" (line 10) does not apply: the action s3:GetObject is not in its Action list.',
      ],
    });
  });

  it('explains an explicit deny, with a plural for several statements', () => {
    const evaluation = evaluate(
      { principal: { arn: USER }, action: 's3:GetObject', resource: { arn: OBJECT, account: ACCOUNT } },
      {
        identity: [named('reports', 'identity', READ, { ...READ, Effect: 'Deny' })],
        scps: [{ name: 'Root', policies: [named('no-reports', 'scp', { ...READ, Effect: 'Deny' })] }],
      },
    );
    const text = explainEvaluation(evaluation);
    expect(text.decision).toBe('Denied explicitly.');
    expect(text.reason).toBe('2 Deny statements apply, and an explicit deny always wins over any allow:');
    expect(text.deciding).toEqual([
      'Statement 1 of SCP "no-reports" at Root (line 4) applies and denies.',
      'Statement 2 of identity policy "reports" (line 9) applies and denies.',
    ]);
  });

  it('names the account of a cross-account resource and the level of an SCP', () => {
    const elsewhere = evaluate(
      {
        principal: { arn: USER },
        action: 's3:GetObject',
        resource: { arn: OBJECT, account: '444455556666' },
      },
      { identity: [named('reports', 'identity', READ)] },
    );
    expect(explainEvaluation(elsewhere).reason).toContain('in another account (444455556666)');
    const scp = evaluate(
      { principal: { arn: USER }, action: 's3:GetObject', resource: { arn: OBJECT, account: ACCOUNT } },
      { identity: [named('reports', 'identity', READ)], scps: [{ name: 'OU Sandbox', policies: [] }] },
    );
    expect(explainEvaluation(scp).reason).toContain('No SCP attached at OU Sandbox allows this action');
    expect(decisionLabel('implicit-deny')).toBe('Denied implicitly (nothing allows it).');
    const key = evaluate(
      {
        principal: { arn: USER },
        action: 'kms:Decrypt',
        resource: { arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`, account: ACCOUNT },
      },
      {
        identity: [named('use-key', 'identity', { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' })],
        resourceMustAllow: true,
      },
    );
    expect(explainEvaluation(key).reason).toContain(
      '(a KMS key policy or a role trust policy) must allow the request even in the same account',
    );
  });

  it('says which condition failed and with what values', () => {
    const parts = parseOperator('StringEquals');
    if (parts === null) return;
    const test = {
      written: 'StringEquals',
      ...parts,
      key: 'aws:PrincipalTag/team',
      values: ['red', 'blue'],
      line: 9,
    };
    expect(missMessage({ code: 'condition', test, requestValues: ['green'] })).toBe(
      'does not apply: its condition StringEquals on aws:PrincipalTag/team is false (the request has green; the policy wants red or blue).',
    );
    expect(missMessage({ code: 'condition', test, requestValues: null })).toBe(
      'does not apply: its condition StringEquals on aws:PrincipalTag/team is false (the request does not have aws:PrincipalTag/team).',
    );
    expect(missMessage({ code: 'resource', resource: OBJECT, values: [], negated: true })).toContain(
      'is in its NotResource list',
    );
    expect(missMessage({ code: 'action', action: 's3:GetObject', values: [], negated: true })).toContain(
      'is in its NotAction list',
    );
    expect(missMessage({ code: 'principal', principal: USER, negated: false })).toContain(
      `does not name ${USER}`,
    );
    expect(missMessage({ code: 'principal', principal: USER, negated: true })).toContain(
      `NotPrincipal names ${USER}`,
    );
  });

  it('names statements of every kind, with Sid and level', () => {
    const base = { index: 0, effect: 'Allow' as const, line: 3, miss: null, principalMatch: null };
    expect(
      statementMessage({ ...base, sid: 'S', policy: { kind: 'rcp', name: 'perimeter', level: 'Root' } }),
    ).toBe('Statement 1 ("S") of RCP "perimeter" at Root (line 3) applies and allows.');
    expect(
      statementMessage({ ...base, sid: null, policy: { kind: 'boundary', name: 'b', level: null } }),
    ).toBe('Statement 1 of permissions boundary "b" (line 3) applies and allows.');
  });
});
