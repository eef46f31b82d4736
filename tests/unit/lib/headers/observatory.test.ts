import { describe, expect, it } from 'vitest';
import type { PageHead } from '../../../../src/lib/headers/html';
import {
  coepTest,
  coopTest,
  corpTest,
  corsTest,
  cspTest,
  gradeFor,
  hstsTest,
  referrerTest,
  scorePage,
  sriTest,
  structuredToken,
  xContentTypeOptionsTest,
  xFrameOptionsTest,
  type ScanInput,
} from '../../../../src/lib/headers/observatory';

/** What Astro writes into every page: hashes for scripts and styles, no 'unsafe-inline'. */
const ASTRO_META = "connect-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';";
const GOOD_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function page(overrides: Partial<PageHead> = {}): PageHead {
  return {
    csp: [ASTRO_META],
    referrer: [],
    scripts: [{ src: '/_astro/a.js', integrity: null }],
    scriptCount: 2,
    ...overrides,
  };
}

function input(headers: Record<string, string | undefined> = {}, head: Partial<PageHead> = {}): ScanInput {
  const merged = { ...GOOD_HEADERS, ...headers };
  const defined = Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { headers: new Map(defined), page: page(head) };
}

const resultOf = (scan: ReturnType<typeof scorePage>, test: string) =>
  scan.tests.find((t) => t.test === test)?.result;

describe('scorePage', () => {
  it('gives our headers with an Astro meta CSP A+ (135), listing redirection as the host’s job', () => {
    const scan = scorePage(input());
    expect(scan.grade).toBe('A+');
    expect(scan.score).toBe(135);
    expect(scan.uncurved).toBe(100);
    expect(scan.tests.every((t) => t.pass)).toBe(true);
    expect(scan.notJudged.map((n) => n.test)).toEqual(['redirection']);
    expect(Object.fromEntries(scan.tests.map((t) => [t.test, t.modifier]))).toEqual({
      'content-security-policy': 5,
      cookies: 0,
      'cross-origin-embedder-policy': 0,
      'cross-origin-opener-policy': 10,
      'cross-origin-resource-sharing': 0,
      'referrer-policy': 5,
      'strict-transport-security': 0,
      'subresource-integrity': 0,
      'x-content-type-options': 0,
      'x-frame-options': 5,
      'cross-origin-resource-policy': 10,
    });
  });

  it('drops to B without HSTS (−20), and bonuses no longer count below 90', () => {
    const scan = scorePage(input({ 'strict-transport-security': undefined }));
    expect(resultOf(scan, 'strict-transport-security')).toBe('hsts-not-implemented');
    expect(scan.uncurved).toBe(80);
    expect(scan.score).toBe(80);
    expect(scan.grade).toBe('B+');
  });

  it('still gives A+ with a short HSTS max-age, since bonuses cover −10, but says so', () => {
    const scan = scorePage(input({ 'strict-transport-security': 'max-age=86400' }));
    expect(resultOf(scan, 'strict-transport-security')).toBe('hsts-implemented-max-age-less-than-six-months');
    expect(scan.score).toBe(125);
  });

  it('catches unsafe-inline in a page’s only policy (−20) and clickjacking without frame-ancestors or X-Frame-Options (−20)', () => {
    const scan = scorePage(
      input(
        { 'content-security-policy': undefined, 'x-frame-options': undefined },
        { csp: ["script-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'"] },
      ),
    );
    expect(resultOf(scan, 'content-security-policy')).toBe('csp-implemented-with-unsafe-inline');
    // A <meta> frame-ancestors is ignored by browsers, and here too.
    expect(resultOf(scan, 'x-frame-options')).toBe('x-frame-options-not-implemented');
    expect(scan.score).toBe(60);
    expect(scan.grade).toBe('C+');
  });

  it('leaves cookies to a live scan when the headers set one', () => {
    const scan = scorePage(input({ 'set-cookie': 'id=1' }));
    expect(scan.notJudged.map((n) => n.test)).toEqual(['redirection', 'cookies']);
    expect(resultOf(scan, 'cookies')).toBeUndefined();
  });
});

describe('cspTest', () => {
  const csp = (meta: string[], header?: string, extra: Record<string, string> = {}) =>
    cspTest(input({ 'content-security-policy': header, ...extra }, { csp: meta })).result.result;

  it('scores a header policy first: a directive only the <meta> names counts as none (upstream’s reading)', () => {
    const { csp: policy } = cspTest(input({}, { csp: ["script-src 'unsafe-inline'"] }));
    expect([...(policy?.get('script-src') ?? [])]).toEqual(["'none'"]);
  });

  it('names each unsafe policy', () => {
    expect(csp([])).toBe('csp-not-implemented');
    expect(csp([], undefined, { 'content-security-policy-report-only': "default-src 'self'" })).toBe(
      'csp-not-implemented-but-reporting-enabled',
    );
    expect(csp(["frame-ancestors 'none'"])).toBe('csp-not-implemented');
    expect(csp(["script-src 'self'; script-src 'none'"])).toBe('csp-header-invalid');
    expect(csp(["script-src 'self'; object-src 'none'"], 'x')).toBe('csp-header-invalid');
    expect(csp(["script-src 'self'"])).toBe('csp-implemented-with-unsafe-inline');
    expect(csp(["script-src 'self' data:; object-src 'none'"])).toBe('csp-implemented-with-unsafe-inline');
    expect(csp(["default-src 'self' http://cdn.example; object-src 'none'"])).toBe(
      'csp-implemented-with-insecure-scheme',
    );
    expect(csp(["default-src 'self' 'unsafe-eval'; object-src 'none'"])).toBe(
      'csp-implemented-with-unsafe-eval',
    );
    expect(csp(["default-src 'self'; img-src http://cdn.example; object-src 'none'"])).toBe(
      'csp-implemented-with-insecure-scheme-in-passive-content-only',
    );
    expect(csp(["default-src 'self'; style-src 'unsafe-inline'; object-src 'none'"])).toBe(
      'csp-implemented-with-unsafe-inline-in-style-src-only',
    );
    expect(csp(["default-src 'none'"])).toBe('csp-implemented-with-no-unsafe-default-src-none');
  });

  it('ignores unsafe-inline beside a hash, and with strict-dynamic ignores self and schemes', () => {
    expect(
      csp(["script-src 'sha256-x' 'unsafe-inline'; style-src 'sha256-y' 'unsafe-inline'; object-src 'none'"]),
    ).toBe('csp-implemented-with-no-unsafe');
    expect(
      csp([
        "script-src 'nonce-x' 'strict-dynamic' 'self' https: 'unsafe-inline'; style-src 'self'; object-src 'none'",
      ]),
    ).toBe('csp-implemented-with-no-unsafe');
    expect(csp(["script-src 'strict-dynamic'; object-src 'none'"])).toBe('csp-header-invalid');
  });

  it('passes a duplicate report-uri but names it', () => {
    const out = cspTest(
      input(
        { 'content-security-policy': undefined },
        { csp: ["default-src 'none'; report-uri /a; report-uri /b"] },
      ),
    );
    expect(out.result).toMatchObject({
      result: 'csp-implemented-but-duplicate-directives',
      modifier: 0,
      pass: true,
    });
  });
});

describe('hstsTest', () => {
  const hsts = (value?: string, preloaded = false) =>
    hstsTest({ ...input({ 'strict-transport-security': value }), hstsPreloaded: preloaded }).result;

  it('needs max-age of six months, set once', () => {
    expect(hsts('max-age=15552000')).toBe('hsts-implemented-max-age-at-least-six-months');
    expect(hsts('max-age=15551999; includeSubDomains')).toBe('hsts-implemented-max-age-less-than-six-months');
    expect(hsts('includeSubDomains')).toBe('hsts-header-invalid');
    expect(hsts('max-age=63072000, max-age=63072000')).toBe('hsts-header-invalid');
    expect(hsts(undefined)).toBe('hsts-not-implemented');
    expect(hsts(undefined, true)).toBe('hsts-preloaded');
  });
});

describe('referrerTest', () => {
  const referrer = (header?: string, meta: string[] = []) =>
    referrerTest(input({ 'referrer-policy': header }, { referrer: meta })).result;

  it('takes the last valid policy, the <meta> after the header', () => {
    expect(referrer('no-referrer, unsafe-url')).toBe('referrer-policy-unsafe');
    expect(referrer('unsafe-url', ['same-origin'])).toBe('referrer-policy-private');
    expect(referrer('no-referrer, bogus')).toBe('referrer-policy-private');
    expect(referrer('bogus')).toBe('referrer-policy-header-invalid');
    expect(referrer(undefined)).toBe('referrer-policy-not-implemented');
  });
});

describe('xContentTypeOptionsTest and xFrameOptionsTest', () => {
  it('want nosniff, and DENY, SAMEORIGIN or a header frame-ancestors', () => {
    expect(xContentTypeOptionsTest(input({ 'x-content-type-options': ' NoSniff ' })).result).toBe(
      'x-content-type-options-nosniff',
    );
    expect(xContentTypeOptionsTest(input({ 'x-content-type-options': 'sniff' })).result).toBe(
      'x-content-type-options-header-invalid',
    );
    expect(xContentTypeOptionsTest(input({ 'x-content-type-options': undefined })).result).toBe(
      'x-content-type-options-not-implemented',
    );
    const xfo = (value?: string, csp?: string) =>
      xFrameOptionsTest(input({ 'x-frame-options': value, 'content-security-policy': csp })).result;
    expect(xfo('SAMEORIGIN')).toBe('x-frame-options-sameorigin-or-deny');
    expect(xfo('ALLOW-FROM https://a.example')).toBe('x-frame-options-allow-from-origin');
    expect(xfo('bogus')).toBe('x-frame-options-header-invalid');
    expect(xfo(undefined)).toBe('x-frame-options-not-implemented');
    expect(xfo(undefined, "frame-ancestors 'self'")).toBe('x-frame-options-implemented-via-csp');
    expect(xfo(undefined, 'x')).toBe('x-frame-options-not-implemented');
  });
});

describe('cross-origin policies and CORS', () => {
  it('scores CORP, COOP, COEP and CORS values', () => {
    const corp = (v?: string) => corpTest(input({ 'cross-origin-resource-policy': v })).result;
    expect([corp('same-site'), corp('Cross-Origin'), corp('bogus'), corp(undefined)]).toEqual([
      'corp-implemented-with-same-site',
      'corp-implemented-with-cross-origin',
      'corp-header-invalid',
      'corp-not-implemented',
    ]);
    const coop = (v?: string) => coopTest(input({ 'cross-origin-opener-policy': v })).result;
    expect([
      coop('same-origin; report-to="a"'),
      coop('same-origin, same-origin'),
      coop('"same-origin"'),
      coop(undefined),
    ]).toEqual([
      'coop-implemented-with-same-origin',
      'coop-header-invalid',
      'coop-header-invalid',
      'coop-not-implemented',
    ]);
    const coep = (v?: string) => coepTest(input({ 'cross-origin-embedder-policy': v }));
    expect(coep('require-corp')).toMatchObject({
      result: 'coep-implemented-with-require-corp',
      modifier: 10,
    });
    expect(coep('bogus-value')).toMatchObject({ result: 'coep-header-invalid', modifier: -5, pass: false });
    const cors = (v?: string) => corsTest(input({ 'access-control-allow-origin': v })).result;
    expect([cors('*'), cors('https://a.example'), cors(undefined)]).toEqual([
      'cross-origin-resource-sharing-implemented-with-public-access',
      'cross-origin-resource-sharing-implemented-with-restricted-access',
      'cross-origin-resource-sharing-not-implemented',
    ]);
  });

  it('reads a structured-field token and nothing else', () => {
    expect(structuredToken('same-origin;report-to="x"')).toBe('same-origin');
    expect(structuredToken('1abc')).toBeNull();
  });
});

describe('sriTest', () => {
  const sri = (scripts: PageHead['scripts'], scriptCount = scripts.length) =>
    sriTest(input({}, { scripts, scriptCount })).result;

  it('rewards integrity and penalises foreign scripts without it, worst first', () => {
    expect(sri([])).toBe('sri-not-implemented-but-no-scripts-loaded');
    expect(sri([], 1)).toBe('sri-not-implemented-but-all-scripts-loaded-from-secure-origin');
    expect(sri([{ src: '/a.js', integrity: 'sha384-x' }])).toBe(
      'sri-implemented-and-all-scripts-loaded-securely',
    );
    expect(sri([{ src: 'https://cdn.example/a.js', integrity: 'sha384-x' }])).toBe(
      'sri-implemented-and-external-scripts-loaded-securely',
    );
    expect(sri([{ src: 'https://cdn.example/a.js', integrity: null }])).toBe(
      'sri-not-implemented-but-external-scripts-loaded-securely',
    );
    expect(sri([{ src: 'http://cdn.example/a.js', integrity: 'sha384-x' }])).toBe(
      'sri-implemented-but-external-scripts-not-loaded-securely',
    );
    expect(
      sri([
        { src: '//cdn.example/a.js', integrity: null },
        { src: 'https://cdn.example/b.js', integrity: null },
      ]),
    ).toBe('sri-not-implemented-and-external-scripts-not-loaded-securely');
  });
});

describe('gradeFor', () => {
  it('follows the Observatory’s grade chart', () => {
    expect([135, 100, 99, 90, 89, 85, 80, 79, 65, 60, 50, 45, 40, 30, 25, 24, -5].map(gradeFor)).toEqual([
      'A+',
      'A+',
      'A',
      'A',
      'A-',
      'A-',
      'B+',
      'B',
      'B-',
      'C+',
      'C',
      'C-',
      'D+',
      'D',
      'D-',
      'F',
      'F',
    ]);
  });
});
