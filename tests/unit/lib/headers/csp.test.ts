import { describe, expect, it } from 'vitest';
import {
  DUPLICATE_WARNINGS_KEY,
  parseCsp,
  parseCspMeta,
  pathPartMatch,
  splitPolicies,
} from '../../../../src/lib/headers/csp';

const sorted = (map: Map<string, Set<string>>) =>
  Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]));

describe('splitPolicies', () => {
  it('splits comma-joined headers into single policies', () => {
    expect(splitPolicies(["default-src 'self', img-src 'none'", 'object-src x'])).toEqual([
      "default-src 'self'",
      "img-src 'none'",
      'object-src x',
    ]);
  });
});

describe('parseCsp', () => {
  it('reads directives and sources in lower case, and an empty source list as none', () => {
    expect(
      sorted(parseCsp(["Script-Src 'SELF' https://A.example; img-src; upgrade-insecure-requests;"])),
    ).toEqual({
      'script-src': ["'self'", 'https://a.example'],
      'img-src': ["'none'"],
      'upgrade-insecure-requests': ["'none'"],
    });
  });

  it('drops a longer source of one policy that starts like a shorter one', () => {
    expect(sorted(parseCsp(['img-src https://a.example https://a.example/pics/']))).toEqual({
      'img-src': ['https://a.example'],
    });
  });

  it('keeps the first policy whole and a later policy only where both allow a source', () => {
    const csp = parseCsp([
      "frame-ancestors 'none'; img-src 'self' https://a.example",
      "script-src 'self' 'sha256-abc'; img-src 'self'",
    ]);
    expect(sorted(csp)).toEqual({
      'frame-ancestors': ["'none'"],
      'img-src': ["'self'"],
      // Only the second policy names script-src: nothing both allow, so none.
      'script-src': ["'none'"],
    });
  });

  it('rejects a repeated directive, a policy too short to mean anything, and a malformed escape across policies', () => {
    expect(() => parseCsp(["script-src 'self'; script-src 'none'"])).toThrow(
      /Duplicate directive script-src/,
    );
    expect(() => parseCsp(['a'])).toThrow(/Invalid policy/);
    expect(() => parseCsp(['img-src https://a.example/%E0', 'img-src https://a.example/%E0'])).toThrow(
      URIError,
    );
  });

  it('accepts repeated report-uri and report-to, and says so', () => {
    const csp = parseCsp(["report-uri /a; report-uri /b; img-src 'self'"]);
    expect([...(csp.get(DUPLICATE_WARNINGS_KEY) ?? [])]).toEqual(['report-uri']);
  });

  it('returns nothing for no policies', () => {
    expect(parseCsp([]).size).toBe(0);
  });
});

describe('parseCspMeta', () => {
  it('drops what a <meta> CSP cannot carry', () => {
    expect([
      ...parseCspMeta(["frame-ancestors 'none'; sandbox; report-uri /r; img-src 'self'"]).keys(),
    ]).toEqual(['img-src']);
  });
});

describe('pathPartMatch', () => {
  it('matches a path by its parts, a trailing slash allowing anything below', () => {
    expect(pathPartMatch('', 'anything')).toBe(true);
    expect(pathPartMatch('/', '')).toBe(true);
    expect(pathPartMatch('https://a.example/js/', 'https://a.example/js/app.js')).toBe(true);
    expect(pathPartMatch('https://a.example/js/app.js', 'https://a.example/js/app%2Ejs')).toBe(true);
    expect(pathPartMatch('https://a.example/js/app.js', 'https://a.example/js/other.js')).toBe(false);
    expect(pathPartMatch('https://a.example/js', 'https://a.example/js/app.js')).toBe(false);
    expect(pathPartMatch('https://a.example/js/lib/', 'https://a.example/js')).toBe(false);
  });
});
