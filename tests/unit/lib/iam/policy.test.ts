import { describe, expect, it } from 'vitest';
import {
  parseCidr,
  parseDate,
  parseOperator,
  parsePolicy,
  type PolicyKind,
} from '../../../../src/lib/iam/policy';

function issues(text: string, kind: PolicyKind = 'identity') {
  const result = parsePolicy(text, kind);
  return result.issues.map(({ code, line, column, statement, sid, field, value, severity }) => ({
    code,
    line,
    column,
    statement,
    sid,
    field,
    value,
    severity,
  }));
}

const policy = (statement: object, kind: PolicyKind = 'identity') =>
  parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2), kind);

const codes = (statement: object, kind: PolicyKind = 'identity') =>
  policy(statement, kind).issues.map((issue) => issue.code);

const READ = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' };

describe('parsePolicy: a valid policy', () => {
  it('reads statements as an object or an array, with single values as lists', () => {
    const result = parsePolicy(
      '{"Version": "2012-10-17", "Id": "p", "Statement": {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
      'identity',
    );
    expect(result).toEqual({
      ok: true,
      issues: [],
      policy: {
        version: '2012-10-17',
        statements: [
          {
            index: 0,
            sid: 'Read',
            effect: 'Allow',
            action: ['s3:GetObject'],
            notAction: null,
            resource: ['*'],
            notResource: null,
            principal: null,
            notPrincipal: null,
            conditions: [],
            line: 1,
          },
        ],
      },
    });
  });

  it('reads principals, turning an account ID into its root ARN', () => {
    const result = policy(
      {
        ...READ,
        Principal: {
          AWS: ['111122223333', 'arn:aws:iam::444455556666:role/Reader', '*'],
          Service: 'lambda.amazonaws.com',
        },
      },
      'resource',
    );
    expect(result.ok && result.policy.statements[0]?.principal).toEqual({
      any: true,
      aws: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:role/Reader'],
      other: [{ type: 'Service', value: 'lambda.amazonaws.com' }],
    });
    const star = policy({ ...READ, NotPrincipal: '*' }, 'resource');
    expect(star.ok && star.policy.statements[0]?.notPrincipal).toEqual({ any: true, aws: [], other: [] });
  });

  it('lets a resource policy leave out Resource (as a role trust policy does)', () => {
    const result = policy(
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '111122223333' } },
      'resource',
    );
    expect(result.ok && result.policy.statements[0]?.resource).toEqual(['*']);
  });

  it('reads conditions, with numbers and booleans as text', () => {
    const result = policy({
      ...READ,
      Condition: {
        'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['team*'] },
        NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
        Bool: { 'aws:SecureTransport': true },
      },
    });
    expect(result.ok && result.policy.statements[0]?.conditions).toEqual([
      {
        written: 'ForAnyValue:StringLikeIfExists',
        operator: 'StringLike',
        set: 'ForAnyValue',
        ifExists: true,
        key: 'aws:TagKeys',
        values: ['team*'],
        line: 10,
      },
      {
        written: 'NumericLessThan',
        operator: 'NumericLessThan',
        set: null,
        ifExists: false,
        key: 'aws:MultiFactorAuthAge',
        values: ['3600'],
        line: 15,
      },
      {
        written: 'Bool',
        operator: 'Bool',
        set: null,
        ifExists: false,
        key: 'aws:SecureTransport',
        values: ['true'],
        line: 18,
      },
    ]);
  });

  it('warns, without refusing, when Version is missing', () => {
    const result = parsePolicy(JSON.stringify({ Statement: READ }), 'identity');
    expect(result.ok).toBe(true);
    expect(result.ok && result.policy.version).toBeNull();
    expect(issues(JSON.stringify({ Statement: READ }))).toEqual([
      {
        code: 'version-missing',
        line: 1,
        column: 1,
        statement: null,
        sid: null,
        field: 'Version',
        value: null,
        severity: 'warning',
      },
    ]);
  });
});

describe('parsePolicy: mistakes a learner makes', () => {
  it('gives invalid JSON its line and column', () => {
    const result = parsePolicy('{\n  "Version": "2012-10-17"\n  "Statement": []\n}', 'identity');
    expect(result).toMatchObject({
      ok: false,
      syntax: { expected: 'comma-or-close', pos: { line: 3, column: 3 } },
    });
  });

  it('names the statement by index and Sid, the field and the line of a wrong Effect', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
    {
      "Effect": "allow",
      "Sid": "WriteReports",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::reports/*"
    }
  ]
}`;
    expect(issues(text)).toEqual([
      {
        code: 'effect-invalid',
        line: 6,
        column: 17,
        statement: 1,
        sid: 'WriteReports',
        field: 'Effect',
        value: 'allow',
        severity: 'error',
      },
    ]);
  });

  it('names fields that are unknown or written twice, and gives problems found before the Sid the Sid', () => {
    const text =
      '{"Version": "2012-10-17", "Statment": [], "Statement": {"Efect": "Allow", "Sid": "A", "Sid": "B", "Effect": "Allow", "Action": "*", "Resource": "*"}}';
    expect(issues(text).map(({ code, value, sid }) => ({ code, value, sid }))).toEqual([
      { code: 'unknown-field', value: 'Statment', sid: null },
      { code: 'unknown-field', value: 'Efect', sid: 'A' },
      { code: 'duplicate-field', value: 'Sid', sid: 'A' },
    ]);
  });

  it('points at the line of the wrong action or resource in a list', () => {
    const text = JSON.stringify(
      { Version: '2012-10-17', Statement: { ...READ, Action: ['s3:GetObject', 'GetObject'] } },
      null,
      2,
    );
    expect(issues(text)).toEqual([
      {
        code: 'action-invalid',
        line: 7,
        column: 7,
        statement: 0,
        sid: null,
        field: 'Action',
        value: 'GetObject',
        severity: 'error',
      },
    ]);
  });

  it.each([
    ['not-object', '[]'],
    ['version-invalid', '{"Version": "2024-01-01", "Statement": []}'],
    ['statement-missing', '{"Version": "2012-10-17"}'],
    ['statement-empty', '{"Version": "2012-10-17", "Statement": []}'],
    ['statement-not-object', '{"Version": "2012-10-17", "Statement": ["Allow"]}'],
  ])('reports %s', (code, text) => {
    expect(issues(text).map((issue) => issue.code)).toContain(code);
    expect(parsePolicy(text, 'identity').ok).toBe(false);
  });

  it.each([
    ['sid-not-string', { ...READ, Sid: 1 }],
    ['effect-missing', { Action: '*', Resource: '*' }],
    ['effect-invalid', { ...READ, Effect: true }],
    ['action-missing', { Effect: 'Allow', Resource: '*' }],
    ['action-both', { ...READ, NotAction: 's3:*' }],
    ['action-invalid', { ...READ, Action: 's3 GetObject' }],
    ['resource-missing', { Effect: 'Allow', Action: '*' }],
    ['resource-both', { ...READ, NotResource: '*' }],
    ['resource-invalid', { ...READ, Resource: 'reports/*' }],
    ['principal-not-allowed', { ...READ, Principal: '*' }],
    ['value-not-string', { ...READ, Action: ['s3:GetObject', 3] }],
    ['value-empty', { ...READ, Resource: [] }],
    ['condition-not-object', { ...READ, Condition: 'aws:SecureTransport' }],
    ['condition-not-object', { ...READ, Condition: { Bool: 'true' } }],
    ['condition-operator-unknown', { ...READ, Condition: { StringEqual: { k: 'v' } } }],
    ['condition-null-ifexists', { ...READ, Condition: { NullIfExists: { k: 'true' } } }],
    ['condition-value-invalid', { ...READ, Condition: { NumericLessThan: { k: 'ten' } } }],
    ['condition-value-invalid', { ...READ, Condition: { DateLessThan: { k: 'tomorrow' } } }],
    ['condition-value-invalid', { ...READ, Condition: { Bool: { k: 'yes' } } }],
    ['condition-value-invalid', { ...READ, Condition: { IpAddress: { k: '10.0.0.0/33' } } }],
    ['condition-value-invalid', { ...READ, Condition: { NotIpAddress: { k: 'anywhere' } } }],
    ['condition-value-invalid', { ...READ, Condition: { Null: { k: 'maybe' } } }],
    ['value-not-string', { ...READ, Condition: { StringEquals: { k: [null] } } }],
    ['value-empty', { ...READ, Condition: { StringEquals: { k: [] } } }],
  ])('reports %s in an identity policy', (code, statement) => {
    expect(codes(statement)).toContain(code);
    expect(policy(statement).ok).toBe(false);
  });

  it.each([
    ['principal-missing', READ, 'resource'],
    ['principal-both', { ...READ, Principal: '*', NotPrincipal: '*' }, 'resource'],
    ['principal-invalid', { ...READ, Principal: 'alice' }, 'resource'],
    ['principal-invalid', { ...READ, Principal: ['*'] }, 'resource'],
    ['principal-invalid', { ...READ, Principal: {} }, 'resource'],
    ['principal-invalid', { ...READ, Principal: { AWS: 'arn:aws:iam::1111:user/alice' } }, 'resource'],
    ['unknown-field', { ...READ, Principal: { Aws: '111122223333' } }, 'resource'],
    ['value-empty', { ...READ, Principal: { AWS: [] } }, 'resource'],
    ['rcp-allow', { ...READ, Principal: '*' }, 'rcp'],
    [
      'rcp-not-supported',
      { Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*', Principal: '*' },
      'rcp',
    ],
    ['rcp-not-supported', { ...READ, Effect: 'Deny', NotPrincipal: '*' }, 'rcp'],
  ] as const)('reports %s', (code, statement, kind) => {
    expect(codes(statement, kind)).toContain(code);
    expect(policy(statement, kind).ok).toBe(false);
  });

  it('accepts a custom RCP that denies, with Principal "*"', () => {
    expect(policy({ ...READ, Effect: 'Deny', Principal: '*' }, 'rcp').ok).toBe(true);
  });
});

describe('parseOperator', () => {
  it('splits set prefixes and IfExists, and refuses unknown operators', () => {
    expect(parseOperator('ForAllValues:ArnLikeIfExists')).toEqual({
      operator: 'ArnLike',
      set: 'ForAllValues',
      ifExists: true,
    });
    expect(parseOperator('Null')).toEqual({ operator: 'Null', set: null, ifExists: false });
    expect(parseOperator('stringequals')).toBeNull();
    expect(parseOperator('ForAnyValue:Nope')).toBeNull();
  });
});

describe('parseDate and parseCidr', () => {
  it('reads ISO 8601 and epoch seconds, and nothing else', () => {
    expect(parseDate('2026-03-01T12:00:00Z')).toBe(Date.UTC(2026, 2, 1, 12));
    expect(parseDate('1772366400')).toBe(Date.UTC(2026, 2, 1, 12));
    expect(parseDate('March 1')).toBeNull();
    expect(parseDate('2026-13-45')).toBeNull();
  });

  it('reads IPv4 and IPv6 ranges and single addresses', () => {
    expect(parseCidr('203.0.113.0/24')).toEqual({ bytes: [203, 0, 113, 0], prefix: 24 });
    expect(parseCidr('198.51.100.7')).toEqual({ bytes: [198, 51, 100, 7], prefix: 32 });
    expect(parseCidr('2001:db8::/32')).toEqual({
      bytes: [0x20, 0x01, 0x0d, 0xb8, ...Array<number>(12).fill(0)],
      prefix: 32,
    });
    expect(parseCidr('::1')?.bytes.at(-1)).toBe(1);
    expect(parseCidr('1:2:3:4:5:6:7:8')?.prefix).toBe(128);
  });

  it.each([
    '256.0.0.1',
    '10.0.0/8',
    '10.0.0.0/8/1',
    '10.0.0.0/x',
    '1::2::3',
    '1:2:3:4:5:6:7:8::',
    '1:2:3',
    'g::1',
    '::/129',
  ])('refuses %s', (text) => {
    expect(parseCidr(text)).toBeNull();
  });
});
