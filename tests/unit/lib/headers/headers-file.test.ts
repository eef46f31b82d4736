import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../../../src/lib/headers/headers-file';

const FILE = `# comment
/*
  X-Frame-Options: DENY
  Link: </a.css>; rel=preload

/_astro/*
  # a comment inside a rule
  Cache-Control: public, max-age=31536000, immutable
/lessons/:module/:slug/
  Link: </b.css>; rel=preload
`;

describe('parseHeadersFile', () => {
  it('reads rules and their headers, skipping comments and blank lines', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Frame-Options', 'DENY'],
          ['Link', '</a.css>; rel=preload'],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { pattern: '/lessons/:module/:slug/', headers: [['Link', '</b.css>; rel=preload']] },
    ]);
  });

  it('names the line of a header outside a rule or without a colon', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(
      '_headers line 1: a header before any path',
    );
    expect(() => parseHeadersFile('/*\n  nosniff')).toThrow(
      '_headers line 2: expected "Name: value", got "nosniff"',
    );
  });
});

describe('patternMatches', () => {
  it('matches a splat across segments, a placeholder within one, and the rest literally', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/x/y.js')).toBe(true);
    expect(patternMatches('/_astro/*', '/lessons/')).toBe(false);
    expect(patternMatches('/lessons/:module/:slug/', '/lessons/iam/policy-types/')).toBe(true);
    expect(patternMatches('/lessons/:module/:slug/', '/lessons/iam/')).toBe(false);
    expect(patternMatches('/sw.js', '/swxjs')).toBe(false);
  });
});

describe('headersFor', () => {
  it('applies every matching rule and joins a header set twice with a comma', () => {
    const headers = headersFor(parseHeadersFile(FILE), '/lessons/iam/policy-types/');
    expect(Object.fromEntries(headers)).toEqual({
      'x-frame-options': 'DENY',
      link: '</a.css>; rel=preload, </b.css>; rel=preload',
    });
  });
});
