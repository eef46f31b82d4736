/**
 * CloudFront response headers policies carrying the same headers as public/_headers.
 *
 * A CloudFront cache behavior takes one response headers policy, so each rule of _headers other
 * than "/*" becomes its own policy holding the "/*" headers plus its own, attached to a cache
 * behavior with the same path pattern; "/*" alone goes on the default behavior. The shape is the
 * CloudFront API's ResponseHeadersPolicyConfig (aws cloudfront create-response-headers-policy
 * --response-headers-policy-config file://policy.json).
 */
import { headersFor, type HeaderRule } from './headers-file';

export interface CustomHeader {
  Header: string;
  Value: string;
  Override: boolean;
}

export interface ResponseHeadersPolicyConfig {
  Name: string;
  Comment: string;
  SecurityHeadersConfig: {
    StrictTransportSecurity?: {
      Override: boolean;
      AccessControlMaxAgeSec: number;
      IncludeSubdomains: boolean;
      Preload: boolean;
    };
    ContentSecurityPolicy?: { Override: boolean; ContentSecurityPolicy: string };
    ContentTypeOptions?: { Override: boolean };
    FrameOptions?: { Override: boolean; FrameOption: 'DENY' | 'SAMEORIGIN' };
    ReferrerPolicy?: { Override: boolean; ReferrerPolicy: string };
  };
  CustomHeadersConfig: { Quantity: number; Items: CustomHeader[] };
}

export interface CloudFrontBehavior {
  /** "Default (*)" for the distribution's default cache behavior, else the behavior's path pattern. */
  pathPattern: string;
  config: ResponseHeadersPolicyConfig;
}

const DEFAULT = '/*';

/** The policy for a set of headers (lower-case names, as headersFor() returns them). */
export function policyFor(
  name: string,
  comment: string,
  headers: ReadonlyMap<string, string>,
): ResponseHeadersPolicyConfig {
  const security: ResponseHeadersPolicyConfig['SecurityHeadersConfig'] = {};
  const custom: CustomHeader[] = [];
  for (const [header, value] of headers) {
    if (header === 'strict-transport-security') {
      const parts = value.split(';').map((p) => p.trim().toLowerCase());
      const maxAge = parts.find((p) => p.startsWith('max-age='));
      if (!maxAge) throw new Error(`Strict-Transport-Security without max-age: "${value}"`);
      security.StrictTransportSecurity = {
        Override: true,
        AccessControlMaxAgeSec: Number(maxAge.slice('max-age='.length)),
        IncludeSubdomains: parts.includes('includesubdomains'),
        Preload: parts.includes('preload'),
      };
    } else if (header === 'content-security-policy') {
      security.ContentSecurityPolicy = { Override: true, ContentSecurityPolicy: value };
    } else if (header === 'x-content-type-options' && value.toLowerCase() === 'nosniff') {
      security.ContentTypeOptions = { Override: true };
    } else if (header === 'x-frame-options' && /^(deny|sameorigin)$/i.test(value)) {
      security.FrameOptions = { Override: true, FrameOption: value.toUpperCase() as 'DENY' | 'SAMEORIGIN' };
    } else if (header === 'referrer-policy') {
      security.ReferrerPolicy = { Override: true, ReferrerPolicy: value };
    } else {
      custom.push({ Header: canonicalName(header), Value: value, Override: true });
    }
  }
  return {
    Name: name,
    Comment: comment,
    SecurityHeadersConfig: security,
    CustomHeadersConfig: { Quantity: custom.length, Items: custom },
  };
}

/** "cross-origin-opener-policy" → "Cross-Origin-Opener-Policy". */
export function canonicalName(header: string): string {
  return header.replaceAll(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

function policyName(prefix: string, pattern: string): string {
  const tail =
    pattern === DEFAULT ? 'default' : pattern.replaceAll(/[^A-Za-z0-9]+/g, '-').replaceAll(/^-|-$/g, '');
  return `${prefix}-${tail}`;
}

/** One policy per _headers rule, named `<prefix>-default`, `<prefix>-astro`, … */
export function cloudFrontBehaviors(rules: readonly HeaderRule[], prefix: string): CloudFrontBehavior[] {
  if (!rules.some((rule) => rule.pattern === DEFAULT))
    throw new Error('_headers has no "/*" rule for every page');
  const ordered = [...rules].sort((a, b) => Number(b.pattern === DEFAULT) - Number(a.pattern === DEFAULT));
  return ordered.map((rule) => {
    // The headers a path of this pattern receives: the "/*" rule's and its own.
    const samplePath = rule.pattern.replaceAll('*', 'x').replaceAll(/:[A-Za-z0-9_]+/g, 'x');
    const comment =
      rule.pattern === DEFAULT
        ? 'Every page: from public/_headers "/*"'
        : `Path ${rule.pattern}: from public/_headers "/*" and "${rule.pattern}"`;
    return {
      pathPattern: rule.pattern === DEFAULT ? 'Default (*)' : rule.pattern,
      config: policyFor(policyName(prefix, rule.pattern), comment, headersFor(rules, samplePath)),
    };
  });
}

/** The headers a policy makes CloudFront send (lower-case names), for comparing with _headers. */
export function headersOfPolicy(config: ResponseHeadersPolicyConfig): Map<string, string> {
  const headers = new Map<string, string>();
  const {
    StrictTransportSecurity: hsts,
    ContentSecurityPolicy: csp,
    ContentTypeOptions: cto,
  } = config.SecurityHeadersConfig;
  const { FrameOptions: frame, ReferrerPolicy: referrer } = config.SecurityHeadersConfig;
  if (hsts) {
    const value = [`max-age=${hsts.AccessControlMaxAgeSec}`];
    if (hsts.IncludeSubdomains) value.push('includeSubDomains');
    if (hsts.Preload) value.push('preload');
    headers.set('strict-transport-security', value.join('; '));
  }
  if (csp) headers.set('content-security-policy', csp.ContentSecurityPolicy);
  if (cto) headers.set('x-content-type-options', 'nosniff');
  if (frame) headers.set('x-frame-options', frame.FrameOption);
  if (referrer) headers.set('referrer-policy', referrer.ReferrerPolicy);
  for (const item of config.CustomHeadersConfig.Items) headers.set(item.Header.toLowerCase(), item.Value);
  return headers;
}
