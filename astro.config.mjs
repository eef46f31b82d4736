// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The public address the site is deployed at; used for canonical links and the sitemap.
// Set SITE_URL when building for a real host (see README, "Deploy").
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap()],
  markdown: {
    // Shiki colours code with inline styles, which the CSP below blocks; code stays plain.
    syntaxHighlight: false,
  },
  vite: {
    environments: {
      client: {
        build: {
          // One shared chunk (Preact, nanostores, src/lib, src/stores) instead of many small ones:
          // fewer requests and about 0.5 kB less gzipped JavaScript per page. Islands stay separate.
          // @preact/signals is loaded only by islands with signal props, which we do not use.
          rollupOptions: {
            output: {
              manualChunks: (id) =>
                id.includes('/src/islands/') || id.includes('@preact/signals') ? undefined : 'runtime',
            },
          },
        },
      },
    },
  },
  security: {
    // A per-page <meta> Content-Security-Policy with hashes of every bundled script and style,
    // so islands hydrate without 'unsafe-inline'. Active in `astro build` + `astro preview`.
    csp: true,
  },
});
