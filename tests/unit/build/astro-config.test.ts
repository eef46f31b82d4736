// The site's Astro configuration wires in the build-time code of src/build/.
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { siteUrl } from '../../../src/build/site-url';

describe('astro.config.mjs', () => {
  it('builds for SITE_URL, or the local preview server without it', () => {
    expect(config.site).toBe(siteUrl(process.env));
  });

  it('warns at build time without SITE_URL (the site-url integration)', () => {
    const names = (config.integrations ?? [])
      .flat()
      .flatMap((integration) => (integration ? [integration.name] : []));
    expect(names).toContain('site-url');
  });

  it('colours code blocks with classes: the css-variables theme and the transformer that removes inline styles', () => {
    expect(config.markdown?.shikiConfig?.theme).toBe('css-variables');
    expect(config.markdown?.shikiConfig?.transformers?.map((transformer) => transformer.name)).toEqual([
      'code-blocks-without-inline-styles',
    ]);
  });
});
