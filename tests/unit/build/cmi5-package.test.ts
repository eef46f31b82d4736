import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import {
  cmi5Package,
  connectSrc,
  lrsOrigins,
  packageZip,
  COURSE_STRUCTURE_FILE,
  PACKAGE_FILE,
} from '../../../src/build/cmi5-package';

describe('lrsOrigins', () => {
  it('is empty when CMI5_LRS_ORIGINS is unset or blank', () => {
    expect(lrsOrigins({})).toEqual([]);
    expect(lrsOrigins({ CMI5_LRS_ORIGINS: '  ' })).toEqual([]);
  });

  it('reads origins separated by spaces or commas, a trailing slash allowed', () => {
    expect(
      lrsOrigins({
        CMI5_LRS_ORIGINS: 'https://lrs.example.org/, https://lms.example.org  http://127.0.0.1:4399',
      }),
    ).toEqual(['https://lrs.example.org', 'https://lms.example.org', 'http://127.0.0.1:4399']);
  });

  it.each([
    '*',
    'https://*.example.org',
    'https://lrs.example.org/xapi/',
    'lrs.example.org',
    'ftp://lrs.example.org',
  ])('fails the build for %j, naming the variable, the value and the fix', (value) => {
    expect(() => lrsOrigins({ CMI5_LRS_ORIGINS: value })).toThrow(
      `CMI5_LRS_ORIGINS: "${value}" is not an origin. List each LRS and LMS origin in full, without a path or a wildcard, separated by spaces, e.g. CMI5_LRS_ORIGINS="https://lrs.example.org https://lms.example.org".`,
    );
  });
});

describe('connectSrc', () => {
  it('allows only the site itself without CMI5_LRS_ORIGINS', () => {
    expect(connectSrc({})).toBe("connect-src 'self'");
  });

  it('adds each LRS origin, never a wildcard', () => {
    expect(connectSrc({ CMI5_LRS_ORIGINS: 'https://lrs.example.org' })).toBe(
      "connect-src 'self' https://lrs.example.org",
    );
  });
});

describe('the cmi5 package', () => {
  it('is a zip with cmi5.xml at its root, the same bytes on every build', () => {
    const zip = packageZip('<courseStructure/>');
    expect(Object.keys(unzipSync(zip))).toEqual([COURSE_STRUCTURE_FILE]);
    expect(strFromU8(unzipSync(zip)[COURSE_STRUCTURE_FILE] ?? new Uint8Array())).toBe('<courseStructure/>');
    expect(packageZip('<courseStructure/>')).toEqual(zip);
  });

  it('is written next to cmi5.xml when the build is done, and the log says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cmi5-'));
    await writeFile(join(dir, COURSE_STRUCTURE_FILE), '<courseStructure/>');
    const logged: string[] = [];
    await cmi5Package().hooks['astro:build:done']({
      dir: pathToFileURL(`${dir}/`),
      logger: { info: (message) => logged.push(message) },
    });
    const zip = await readFile(join(dir, PACKAGE_FILE));
    expect(Object.keys(unzipSync(new Uint8Array(zip)))).toEqual([COURSE_STRUCTURE_FILE]);
    expect(logged).toEqual([`${PACKAGE_FILE}: the cmi5 course package to import into an LMS (see README).`]);
  });
});

describe('astro.config.mjs', () => {
  it('registers the cmi5-package integration', () => {
    const names = (config.integrations ?? [])
      .flat()
      .flatMap((integration) => (integration ? [integration.name] : []));
    expect(names).toContain('cmi5-package');
  });

  it('sets connect-src from CMI5_LRS_ORIGINS in the page CSP', () => {
    const csp = config.security?.csp;
    expect(typeof csp === 'object' && csp.directives).toContain(connectSrc(process.env));
  });
});
