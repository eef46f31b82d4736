/**
 * The public address the site is built for (`SITE_URL`), and a warning when a build has none.
 *
 * Canonical links and the sitemap are absolute addresses. Without `SITE_URL` they point at
 * `http://localhost:4321`, which is right for `npm start` on your own machine and wrong on any
 * host, so `astro build` says so (see README, "Deploy").
 */

/** The address used when `SITE_URL` is not set: the local preview server. */
export const LOCAL_SITE = 'http://localhost:4321';

/** What `npm run build` prints when `SITE_URL` is not set. */
export const MISSING_SITE_URL_WARNING =
  `SITE_URL is not set, so canonical links and the sitemap point at ${LOCAL_SITE}. ` +
  'That is fine to try the site on this machine; before you deploy, build with the public address, ' +
  'for example SITE_URL=https://academy.example.org npm run build.';

/** The site address from `env.SITE_URL`, or the local preview server's when it is unset or blank. */
export function siteUrl(env: Record<string, string | undefined>): string {
  const value = env['SITE_URL']?.trim();
  return value === undefined || value === '' ? LOCAL_SITE : value;
}

/** The part of Astro's integration logger this needs. */
interface Logger {
  warn(message: string): void;
}

/**
 * An Astro integration that warns at the start of `astro build` when `env.SITE_URL` is unset
 * (not in `astro dev` or `astro preview`, where localhost is right).
 */
export function warnWithoutSiteUrl(env: Record<string, string | undefined>) {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }: { logger: Logger }) => {
        if ((env['SITE_URL']?.trim() ?? '') === '') {
          logger.warn(MISSING_SITE_URL_WARNING);
        }
      },
    },
  };
}
