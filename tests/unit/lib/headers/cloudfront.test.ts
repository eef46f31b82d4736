import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalName,
  cloudFrontBehaviors,
  headersOfPolicy,
  policyFor,
} from '../../../../src/lib/headers/cloudfront';
import { headersFor, parseHeadersFile } from '../../../../src/lib/headers/headers-file';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('cloudFrontBehaviors from public/_headers', () => {
  const behaviors = cloudFrontBehaviors(rules, 'csa');

  it('gives the default behavior and each path pattern its own policy', () => {
    expect(behaviors.map((b) => [b.pathPattern, b.config.Name])).toEqual([
      ['Default (*)', 'csa-default'],
      ['/_astro/*', 'csa-astro'],
      ['/sw.js', 'csa-sw-js'],
      ['/manifest.webmanifest', 'csa-manifest-webmanifest'],
    ]);
  });

  it('sends exactly the headers _headers gives the same paths', () => {
    const paths: Record<string, string> = {
      'Default (*)': '/lessons/iam/policy-types/',
      '/_astro/*': '/_astro/index.abc123.js',
      '/sw.js': '/sw.js',
      '/manifest.webmanifest': '/manifest.webmanifest',
    };
    for (const { pathPattern, config } of behaviors) {
      expect(headersOfPolicy(config), pathPattern).toEqual(headersFor(rules, paths[pathPattern] as string));
    }
  });

  it('uses CloudFront’s security headers where it has them', () => {
    const security = (behaviors[0]?.config.SecurityHeadersConfig ?? {}) as Record<string, unknown>;
    expect(Object.keys(security).sort()).toEqual([
      'ContentSecurityPolicy',
      'ContentTypeOptions',
      'FrameOptions',
      'ReferrerPolicy',
      'StrictTransportSecurity',
    ]);
    expect(security.StrictTransportSecurity).toEqual({
      Override: true,
      AccessControlMaxAgeSec: 63072000,
      IncludeSubdomains: true,
      Preload: false,
    });
  });
});

describe('policyFor', () => {
  it('writes preload, keeps odd X-Frame-Options and X-Content-Type-Options values as custom headers', () => {
    const config = policyFor(
      'p',
      'c',
      new Map([
        ['strict-transport-security', 'max-age=31536000; preload'],
        ['x-frame-options', 'ALLOW-FROM https://a.example'],
        ['x-content-type-options', 'sniff'],
      ]),
    );
    expect(config.SecurityHeadersConfig.StrictTransportSecurity).toMatchObject({
      IncludeSubdomains: false,
      Preload: true,
    });
    expect(config.CustomHeadersConfig.Items.map((i) => i.Header)).toEqual([
      'X-Frame-Options',
      'X-Content-Type-Options',
    ]);
    expect(headersOfPolicy(config).get('strict-transport-security')).toBe('max-age=31536000; preload');
  });

  it('refuses HSTS without max-age and a file without a rule for every page', () => {
    expect(() => policyFor('p', 'c', new Map([['strict-transport-security', 'includeSubDomains']]))).toThrow(
      /without max-age/,
    );
    expect(() => cloudFrontBehaviors(parseHeadersFile('/a\n  X-A: b'), 'csa')).toThrow(/no "\/\*" rule/);
  });

  it('capitalises header names', () => {
    expect(canonicalName('cross-origin-opener-policy')).toBe('Cross-Origin-Opener-Policy');
  });
});
