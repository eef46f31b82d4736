import { describe, expect, it } from 'vitest';
import {
  LOCAL_SITE,
  MISSING_SITE_URL_WARNING,
  siteUrl,
  warnWithoutSiteUrl,
} from '../../../src/build/site-url';

/** Runs the integration's build-start hook with `env` and returns what it logged. */
function warningsOnBuild(env: Record<string, string | undefined>): string[] {
  const warnings: string[] = [];
  warnWithoutSiteUrl(env).hooks['astro:build:start']({
    logger: { warn: (message) => warnings.push(message) },
  });
  return warnings;
}

describe('siteUrl', () => {
  it('is SITE_URL when it is set', () => {
    expect(siteUrl({ SITE_URL: 'https://academy.example.org' })).toBe('https://academy.example.org');
  });

  it.each([undefined, '', '   '])('is the local preview server when SITE_URL is %j', (value) => {
    expect(siteUrl({ SITE_URL: value })).toBe(LOCAL_SITE);
  });
});

describe('warnWithoutSiteUrl', () => {
  it('warns when the build starts without SITE_URL, naming what points at localhost and the fix', () => {
    expect(warningsOnBuild({})).toEqual([MISSING_SITE_URL_WARNING]);
    expect(MISSING_SITE_URL_WARNING).toContain(
      'canonical links and the sitemap point at http://localhost:4321',
    );
    expect(MISSING_SITE_URL_WARNING).toContain('SITE_URL=https://academy.example.org npm run build');
  });

  it('warns when SITE_URL is blank', () => {
    expect(warningsOnBuild({ SITE_URL: ' ' })).toEqual([MISSING_SITE_URL_WARNING]);
  });

  it('says nothing when SITE_URL is set', () => {
    expect(warningsOnBuild({ SITE_URL: 'https://academy.example.org' })).toEqual([]);
  });

  it('hooks only the start of a build, not the dev or preview server', () => {
    expect(Object.keys(warnWithoutSiteUrl({}).hooks)).toEqual(['astro:build:start']);
  });
});
