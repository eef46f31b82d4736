import { describe, expect, it } from 'vitest';
import { checkLaunch, connectOrigins } from '../../../../src/lib/cmi5/launch';
import { isCmi5Launch } from '../../../../src/lib/cmi5/detect';

const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-1' } };
const LRS = 'https://lrs.example';

/** A launch query with every parameter, `overrides` replacing or (with null) removing some. */
const query = (overrides: Record<string, string | null> = {}): string => {
  const values: Record<string, string | null> = {
    endpoint: `${LRS}/xapi/`,
    fetch: `${LRS}/fetch/abc`,
    actor: JSON.stringify(ACTOR),
    registration: 'f2a4c4a6-7c4a-4a43-9c1c-2f0b4d5e6f70',
    activityId: 'https://academy.example/cmi5/au/iam-policy-types',
    ...overrides,
  };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== null) params.set(name, value);
  return `?${params.toString()}`;
};

describe('isCmi5Launch', () => {
  it('is true when the address carries a fetch parameter', () => {
    expect(isCmi5Launch(query())).toBe(true);
    expect(isCmi5Launch('?fetch=x')).toBe(true);
  });

  it('is false for an ordinary address', () => {
    expect(isCmi5Launch('')).toBe(false);
    expect(isCmi5Launch('?prefetch=1')).toBe(false);
  });
});

describe('checkLaunch', () => {
  it('returns the decoded parameters of a launch to an allowed LRS', () => {
    expect(checkLaunch(query(), [LRS])).toEqual({
      kind: 'ok',
      parameters: {
        endpoint: `${LRS}/xapi/`,
        fetch: `${LRS}/fetch/abc`,
        actor: ACTOR,
        registration: 'f2a4c4a6-7c4a-4a43-9c1c-2f0b4d5e6f70',
        activityId: 'https://academy.example/cmi5/au/iam-policy-types',
      },
    });
  });

  it('adds the slash an xAPI endpoint ends in when the LMS left it out', () => {
    const check = checkLaunch(query({ endpoint: `${LRS}/xapi` }), [LRS]);
    expect(check.kind === 'ok' && check.parameters.endpoint).toBe(`${LRS}/xapi/`);
  });

  it('refuses as incomplete, naming every missing or empty parameter', () => {
    expect(checkLaunch(query({ actor: null, registration: '' }), [LRS])).toEqual({
      kind: 'refused',
      problem: 'incomplete',
      detail: 'actor, registration',
    });
  });

  it.each([
    ['actor', 'not json'],
    ['actor', '"a string"'],
    ['actor', 'null'],
    ['actor', JSON.stringify({ mbox: 'mailto:a@example.org' })],
    ['actor', JSON.stringify({ account: null })],
    ['actor', JSON.stringify({ account: { homePage: 'https://lms.example' } })],
    ['endpoint', 'not a url'],
    ['endpoint', 'ftp://lrs.example/xapi/'],
    ['fetch', '/relative/fetch'],
  ])('refuses as malformed when %s is %s', (name, value) => {
    expect(checkLaunch(query({ [name]: value }), [LRS])).toEqual({
      kind: 'refused',
      problem: 'malformed',
      detail: name,
    });
  });

  it('refuses an LRS on an origin the build does not allow, naming the origin', () => {
    expect(checkLaunch(query({ endpoint: 'https://other.example/xapi/' }), [LRS])).toEqual({
      kind: 'refused',
      problem: 'origin-not-allowed',
      detail: 'https://other.example',
    });
  });

  it('refuses a fetch URL on an origin the build does not allow', () => {
    expect(checkLaunch(query({ fetch: 'https://lms.example/fetch/1' }), [LRS])).toMatchObject({
      problem: 'origin-not-allowed',
      detail: 'https://lms.example',
    });
  });
});

describe('connectOrigins', () => {
  const page = 'https://academy.example';

  it("reads the connect-src origins, with 'self' as the page's origin", () => {
    const policy =
      "script-src 'self' 'sha256-x'; connect-src 'self' https://lrs.example http://127.0.0.1:4399; img-src *";
    expect(connectOrigins(policy, page)).toEqual([page, 'https://lrs.example', 'http://127.0.0.1:4399']);
  });

  it('ignores sources that are not origins (keywords, schemes, wildcards)', () => {
    expect(connectOrigins("connect-src 'none' data: * https://lrs.example", page)).toEqual([
      'https://lrs.example',
    ]);
  });

  it("is the page's own origin when the policy has no connect-src", () => {
    expect(connectOrigins("script-src 'self'", page)).toEqual([page]);
    expect(connectOrigins('', page)).toEqual([page]);
  });
});
