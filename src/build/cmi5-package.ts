/**
 * The cmi5 course package and the origins a cmi5 launch may report to.
 *
 * `npm run build` renders `dist/cmi5.xml` (the course structure, `src/pages/cmi5.xml.ts`); when the
 * build is done, this integration puts it in `dist/cmi5-package.zip`, the file an LMS imports.
 *
 * A meta Content-Security-Policy cannot change after load, so the LRS origins the quiz may send
 * statements to are named at build time in `CMI5_LRS_ORIGINS` (origins separated by spaces or
 * commas, e.g. `https://lrs.example.org https://lms.example.org`): they join `connect-src`. There is
 * never a wildcard; a bad value fails the build with the fix.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

/** The file names the package is written under, in `dist/`. */
export const COURSE_STRUCTURE_FILE = 'cmi5.xml';
export const PACKAGE_FILE = 'cmi5-package.zip';

/**
 * The origins in `env.CMI5_LRS_ORIGINS`. Throws, naming the variable, the value and the fix, for
 * anything that is not a plain http(s) origin (a wildcard, a path, a bare word).
 */
export function lrsOrigins(env: Record<string, string | undefined>): string[] {
  const values = (env['CMI5_LRS_ORIGINS'] ?? '').split(/[\s,]+/).filter((value) => value !== '');
  return values.map((value) => {
    let origin: string | null = null;
    try {
      const url = new URL(value);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !value.includes('*'))
        origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin === null || origin !== value.replace(/\/$/, '')) {
      throw new Error(
        `CMI5_LRS_ORIGINS: "${value}" is not an origin. List each LRS and LMS origin in full, without a path or a wildcard, separated by spaces, e.g. CMI5_LRS_ORIGINS="https://lrs.example.org https://lms.example.org".`,
      );
    }
    return origin;
  });
}

/** The `connect-src` directive: the site itself and the LRS origins named at build time. */
export const connectSrc = (env: Record<string, string | undefined>): `connect-src ${string}` =>
  `connect-src 'self'${lrsOrigins(env)
    .map((origin) => ` ${origin}`)
    .join('')}`;

/** A zip holding `cmi5.xml` at its root, as cmi5 packages put it (cmi5 spec 14.1). */
export const packageZip = (courseStructure: string): Uint8Array =>
  zipSync(
    { [COURSE_STRUCTURE_FILE]: strToU8(courseStructure) },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );

/** The part of Astro's integration logger this needs. */
interface Logger {
  info(message: string): void;
}

/** An Astro integration that zips `dist/cmi5.xml` into `dist/cmi5-package.zip` after a build. */
export function cmi5Package() {
  return {
    name: 'cmi5-package',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const xml = await readFile(fileURLToPath(new URL(COURSE_STRUCTURE_FILE, dir)), 'utf8');
        await writeFile(fileURLToPath(new URL(PACKAGE_FILE, dir)), packageZip(xml));
        logger.info(`${PACKAGE_FILE}: the cmi5 course package to import into an LMS (see README).`);
      },
    },
  };
}
