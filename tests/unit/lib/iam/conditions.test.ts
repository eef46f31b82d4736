import { describe, expect, it } from 'vitest';
import { firstFailure, testHolds } from '../../../../src/lib/iam/conditions';
import { parseOperator, type ConditionTest } from '../../../../src/lib/iam/policy';

function test(written: string, key: string, values: string[]): ConditionTest {
  const parts = parseOperator(written);
  if (parts === null) throw new Error(written);
  return { written, ...parts, key, values, line: 1 };
}

function context(entries: Record<string, string | string[]>): Map<string, readonly string[]> {
  return new Map(
    Object.entries(entries).map(([key, value]) => [
      key.toLowerCase(),
      typeof value === 'string' ? [value] : value,
    ]),
  );
}

const holds = (
  written: string,
  key: string,
  values: string[],
  entries: Record<string, string | string[]> = {},
  variables = true,
) => testHolds(test(written, key, values), context(entries), variables);

describe('string operators', () => {
  it('StringEquals is exact and case-sensitive; values are OR-ed', () => {
    expect(holds('StringEquals', 'k', ['a', 'b'], { k: 'b' })).toBe(true);
    expect(holds('StringEquals', 'k', ['a'], { k: 'A' })).toBe(false);
    expect(holds('StringEqualsIgnoreCase', 'k', ['a'], { k: 'A' })).toBe(true);
    expect(holds('StringNotEqualsIgnoreCase', 'k', ['a'], { k: 'A' })).toBe(false);
  });

  it('StringLike takes wildcards; StringNotLike is its opposite', () => {
    expect(holds('StringLike', 'k', ['home/*'], { k: 'home/alice' })).toBe(true);
    expect(holds('StringNotLike', 'k', ['home/*'], { k: 'home/alice' })).toBe(false);
    expect(holds('StringNotLike', 'k', ['home/*'], { k: 'tmp/x' })).toBe(true);
  });

  it('reads policy variables in version 2012-10-17 only', () => {
    const entries = { k: 'alice', 'aws:username': 'alice' };
    expect(holds('StringEquals', 'k', ['${aws:username}'], entries)).toBe(true);
    expect(holds('StringEquals', 'k', ['${aws:username}'], entries, false)).toBe(false);
    expect(holds('StringEquals', 'k', ['${aws:userid}'], entries)).toBe(false);
  });

  it('a value from a variable is not a wildcard', () => {
    expect(holds('StringLike', 'k', ['${p}'], { k: 'abc', p: 'a*' })).toBe(false);
    expect(holds('StringLike', 'k', ['${p}'], { k: 'a*', p: 'a*' })).toBe(true);
  });
});

describe('a key the request does not have', () => {
  it('makes a positive operator false and a negated one true', () => {
    expect(holds('StringEquals', 'k', ['a'])).toBe(false);
    expect(holds('StringNotEquals', 'k', ['a'])).toBe(true);
    expect(holds('NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8'])).toBe(true);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', ['true'])).toBe(false);
  });

  it('makes any …IfExists test true', () => {
    expect(holds('StringEqualsIfExists', 'k', ['a'])).toBe(true);
    expect(holds('BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'])).toBe(true);
    expect(holds('StringEqualsIfExists', 'k', ['a'], { k: 'b' })).toBe(false);
  });

  it('is what Null tests', () => {
    expect(holds('Null', 'k', ['true'])).toBe(true);
    expect(holds('Null', 'k', ['false'])).toBe(false);
    expect(holds('Null', 'k', ['true'], { k: 'x' })).toBe(false);
    expect(holds('Null', 'k', ['FALSE'], { k: 'x' })).toBe(true);
    expect(holds('Null', 'k', ['true'], { k: [] })).toBe(true);
  });
});

describe('numbers, dates, booleans, addresses and ARNs', () => {
  it('compares numbers', () => {
    expect(holds('NumericLessThan', 'n', ['3600'], { n: '300' })).toBe(true);
    expect(holds('NumericLessThanEquals', 'n', ['300'], { n: '300' })).toBe(true);
    expect(holds('NumericGreaterThan', 'n', ['300'], { n: '300' })).toBe(false);
    expect(holds('NumericGreaterThanEquals', 'n', ['300'], { n: '300' })).toBe(true);
    expect(holds('NumericEquals', 'n', ['300', '600'], { n: '600' })).toBe(true);
    expect(holds('NumericNotEquals', 'n', ['600'], { n: '600' })).toBe(false);
    expect(holds('NumericEquals', 'n', ['0'], { n: '' })).toBe(false);
    expect(holds('NumericEquals', 'n', ['0'], { n: 'zero' })).toBe(false);
  });

  it('compares dates written as ISO 8601 or epoch seconds', () => {
    const now = { t: '2026-03-01T12:00:00Z' };
    expect(holds('DateLessThan', 't', ['2026-06-30T00:00:00Z'], now)).toBe(true);
    expect(holds('DateGreaterThan', 't', ['2026-06-30T00:00:00Z'], now)).toBe(false);
    expect(holds('DateLessThanEquals', 't', ['2026-03-01T12:00:00Z'], now)).toBe(true);
    expect(holds('DateGreaterThanEquals', 't', ['1772366400'], now)).toBe(true);
    expect(holds('DateEquals', 't', ['1772366400'], now)).toBe(true);
    expect(holds('DateNotEquals', 't', ['2026-03-01T12:00:00Z'], now)).toBe(false);
    expect(holds('DateEquals', 't', ['2026-03-01T12:00:00Z'], { t: 'yesterday' })).toBe(false);
  });

  it('reads Bool without regard to case', () => {
    expect(holds('Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'False' })).toBe(true);
    expect(holds('Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'true' })).toBe(false);
  });

  it('checks IPv4 and IPv6 ranges, and single addresses', () => {
    expect(holds('IpAddress', 'ip', ['203.0.113.0/24'], { ip: '203.0.113.200' })).toBe(true);
    expect(holds('IpAddress', 'ip', ['203.0.113.0/24'], { ip: '203.0.114.1' })).toBe(false);
    expect(holds('IpAddress', 'ip', ['203.0.113.7'], { ip: '203.0.113.7' })).toBe(true);
    expect(holds('IpAddress', 'ip', ['0.0.0.0/0'], { ip: '198.51.100.1' })).toBe(true);
    expect(holds('IpAddress', 'ip', ['2001:db8::/32'], { ip: '2001:db8:abcd::1' })).toBe(true);
    expect(holds('IpAddress', 'ip', ['2001:db8::/32'], { ip: '2001:db9::1' })).toBe(false);
    expect(holds('IpAddress', 'ip', ['2001:db8::/32'], { ip: '203.0.113.1' })).toBe(false);
    expect(holds('IpAddress', 'ip', ['203.0.113.0/24'], { ip: 'not an address' })).toBe(false);
    expect(holds('IpAddress', 'ip', ['203.0.113.0/24'], { ip: '203.0.113.0/24' })).toBe(false);
    expect(holds('NotIpAddress', 'ip', ['203.0.113.0/24'], { ip: '192.0.2.1' })).toBe(true);
  });

  it('matches ARNs part by part, with variables', () => {
    const role = {
      'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin',
      'aws:PrincipalAccount': '111122223333',
    };
    expect(holds('ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/*'], role)).toBe(true);
    expect(
      holds('ArnEquals', 'aws:PrincipalArn', ['arn:aws:iam::${aws:PrincipalAccount}:role/Admin'], role),
    ).toBe(true);
    expect(holds('ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::*:user/*'], role)).toBe(true);
    expect(holds('ArnNotEquals', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/Admin'], role)).toBe(
      false,
    );
  });
});

describe('multivalued keys and set operators', () => {
  const tags = { 'aws:TagKeys': ['team', 'project'] };

  it('ForAnyValue needs one request value to match', () => {
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', ['team'], tags)).toBe(true);
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', ['owner'], tags)).toBe(false);
    expect(holds('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['team'], tags)).toBe(true);
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', ['team'])).toBe(false);
    expect(holds('ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['team'])).toBe(true);
  });

  it('ForAllValues needs every request value to match, and holds when the key is missing', () => {
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['team', 'project', 'owner'], tags)).toBe(true);
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['team'], tags)).toBe(false);
    expect(holds('ForAllValues:StringNotEquals', 'aws:TagKeys', ['owner'], tags)).toBe(true);
    expect(holds('ForAllValues:StringNotEquals', 'aws:TagKeys', ['team'], tags)).toBe(false);
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['team'])).toBe(true);
  });

  it('without a set operator, one matching value is enough, and a negated operator needs none to match', () => {
    expect(holds('StringEquals', 'aws:TagKeys', ['team'], tags)).toBe(true);
    expect(holds('StringNotEquals', 'aws:TagKeys', ['team'], tags)).toBe(false);
  });
});

describe('firstFailure', () => {
  it('ANDs the tests and names the first that fails, with the request values', () => {
    const tests = [
      test('Bool', 'aws:SecureTransport', ['true']),
      test('StringEquals', 'aws:PrincipalTag/team', ['red']),
    ];
    expect(
      firstFailure(tests, context({ 'aws:SecureTransport': 'true', 'aws:PrincipalTag/team': 'red' }), true),
    ).toBeNull();
    expect(
      firstFailure(tests, context({ 'aws:SecureTransport': 'true', 'aws:PrincipalTag/team': 'blue' }), true),
    ).toEqual({
      test: tests[1],
      requestValues: ['blue'],
    });
    expect(firstFailure(tests, context({}), true)).toEqual({ test: tests[0], requestValues: null });
  });
});
