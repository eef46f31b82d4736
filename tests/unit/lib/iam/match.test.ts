import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  arnMatches,
  contextValues,
  globMatch,
  substitute,
} from '../../../../src/lib/iam/match';

const context = new Map<string, readonly string[]>([
  ['aws:username', ['alice']],
  ['aws:principaltag/team', ['red']],
  ['aws:principalorgpaths', ['o-1/r-1/', 'o-1/r-2/']],
  ['s3:prefix', ['a*b?']],
]);

describe('globMatch', () => {
  it('treats * as any run and ? as one character, and nothing else as special', () => {
    expect(globMatch('a*c', 'abbbc')).toBe(true);
    expect(globMatch('a*c', 'ac')).toBe(true);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('a?c', 'ac')).toBe(false);
    expect(globMatch('a.c', 'abc')).toBe(false);
    expect(globMatch('(a)+[b]', '(a)+[b]')).toBe(true);
    expect(globMatch('line*', 'line\nbreak')).toBe(true);
  });

  it('is case-sensitive unless told otherwise', () => {
    expect(globMatch('Report', 'report')).toBe(false);
    expect(globMatch('Report', 'report', true)).toBe(true);
  });

  it('matches ${*} and ${?} left by substitute only literally', () => {
    expect(globMatch('a${*}', 'a*')).toBe(true);
    expect(globMatch('a${*}', 'ab')).toBe(false);
    expect(globMatch('a${?}', 'a?')).toBe(true);
    expect(globMatch('a${?}', 'ab')).toBe(false);
  });
});

describe('actionMatches', () => {
  it('compares actions without regard to case, with wildcards', () => {
    expect(actionMatches('s3:getobject', 's3:GetObject')).toBe(true);
    expect(actionMatches('S3:Get*', 's3:GetObjectAcl')).toBe(true);
    expect(actionMatches('s3:?utObject', 's3:PutObject')).toBe(true);
    expect(actionMatches('s3:Get*', 's3:PutObject')).toBe(false);
    expect(actionMatches('*', 'kms:Decrypt')).toBe(true);
  });
});

describe('arnMatches', () => {
  it('matches part by part, case-sensitively, and * alone matches everything', () => {
    expect(arnMatches('*', 'arn:aws:s3:::b/x')).toBe(true);
    expect(arnMatches('arn:aws:s3:::b/*', 'arn:aws:s3:::b/x/y.txt')).toBe(true);
    expect(arnMatches('arn:aws:s3:::B/*', 'arn:aws:s3:::b/x')).toBe(false);
    expect(arnMatches('arn:aws:iam::*:role/*', 'arn:aws:iam::111122223333:role/Admin')).toBe(true);
    expect(arnMatches('arn:aws:iam::*:role/*', 'arn:aws:iam::111122223333:user/alice')).toBe(false);
  });

  it('never lets a wildcard reach across a colon, but keeps colons in the last part', () => {
    expect(arnMatches('arn:aws:*', 'arn:aws:s3:::b/x')).toBe(false);
    expect(
      arnMatches(
        'arn:aws:logs:us-east-1:111122223333:log-group:*',
        'arn:aws:logs:us-east-1:111122223333:log-group:app:*',
      ),
    ).toBe(true);
  });

  it('matches nothing when either side is not an ARN', () => {
    expect(arnMatches('arn:aws:s3', 'arn:aws:s3:::b')).toBe(false);
    expect(arnMatches('arn:aws:s3:::b', 'not-an-arn')).toBe(false);
  });
});

describe('contextValues', () => {
  it('looks keys up without regard to case', () => {
    expect(contextValues(context, 'AWS:PrincipalTag/Team')).toEqual(['red']);
    expect(contextValues(context, 'aws:SourceIp')).toBeUndefined();
  });
});

describe('substitute', () => {
  it('replaces variables with the request values', () => {
    expect(substitute('home/${aws:username}/*', context, true)).toBe('home/alice/*');
    expect(substitute('${aws:PrincipalTag/team}-${ aws:username }', context, false)).toBe('red-alice');
  });

  it('uses a default when the key is missing, and gives null without one', () => {
    expect(substitute("${aws:SourceVpce, 'none'}", context, false)).toBe('none');
    expect(substitute('home/${aws:userid}/*', context, true)).toBeNull();
  });

  it('does not substitute a multivalued key', () => {
    expect(substitute('${aws:PrincipalOrgPaths}', context, false)).toBeNull();
  });

  it('keeps wildcard characters from a value literal where wildcards count', () => {
    expect(substitute('${s3:prefix}', context, true)).toBe('a${*}b${?}');
    expect(substitute('${s3:prefix}', context, false)).toBe('a*b?');
  });

  it('reads the escapes ${*}, ${?} and ${$}, and leaves other text alone', () => {
    expect(substitute('a${*}${?}${$}', context, true)).toBe('a${*}${?}$');
    expect(substitute('a${*}${?}${$}', context, false)).toBe('a*?$');
    expect(substitute('${not a key}', context, false)).toBe('${not a key}');
  });
});
