// Search costs nothing on the pages that do not run it: no page but /search/ refers to Pagefind
// or can load it, and no other page's CSP allows WebAssembly. Prints what /search/ loads at
// start and what Pagefind itself fetches for a first query (run after `npm run build`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltSite, KB, measure } from './measure';

const DIST = join(import.meta.dirname, '../../dist');
const SEARCH_PAGE = '/search/index.html';
const site = new BuiltSite(DIST);

/** The page's meta CSP. */
const cspOf = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

/** Every JavaScript file the page can load (at load, and every dynamic import after). */
function reachableJs(html: string): Set<string> {
  const entries = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"|\b(?:component|renderer)-url="([^"]+)"/g),
  ].map((match) => match[1] ?? match[2] ?? '');
  return site.reachable(entries);
}

describe('search on the pages that do not run it', () => {
  const pages = site.htmlPages().filter((page) => page !== SEARCH_PAGE);

  it.each(pages)('%s refers to no Pagefind file and allows no WebAssembly', (page) => {
    const html = site.read(page).toString('utf8');
    expect(html).not.toMatch(/pagefind\.js|pagefind-worker|\/pagefind\//);
    expect(cspOf(html)).not.toBe('');
    expect(cspOf(html)).not.toContain('wasm-unsafe-eval');
    for (const file of reachableJs(html))
      expect(site.read(file).toString('utf8'), file).not.toContain('pagefind');
  });
});

describe('the search page', () => {
  const html = site.read(SEARCH_PAGE).toString('utf8');

  it("allows WebAssembly for Pagefind, and scripts only from the site itself and Astro's hashes", () => {
    const scriptSrc = /script-src ([^;]*)/.exec(cspOf(html))?.[1]?.split(' ') ?? [];
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc.filter((source) => !source.startsWith("'sha256-"))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
  });

  it('loads at most 4 kB of its own JavaScript at start (inline or not), and Pagefind only when it searches', () => {
    const bytes = measure(site, SEARCH_PAGE);
    const folder = join(DIST, 'pagefind');
    const file = (name: string) => site.read(`/pagefind/${name}`).length;
    const [meta = ''] = readdirSync(folder).filter((name) => name.endsWith('.pf_meta'));
    const chunks = readdirSync(join(folder, 'index')).map((name) => file(`index/${name}`));
    const fragments = readdirSync(join(folder, 'fragment')).map((name) => file(`fragment/${name}`));
    // Pagefind's index files are gzipped already; its scripts are counted as a server gzips them.
    const code = site.bytes(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js']);
    const firstQuery = code + file('wasm.en.pagefind') + file(meta) + Math.max(...chunks);
    console.log(
      [
        `/search/: HTML ${bytes.html} B (inline script ${bytes.inlineJs} B), JS files at load ${bytes.js} B (${bytes.jsFiles}), CSS ${bytes.css} B`,
        `Pagefind: pagefind.js + worker ${code} B, wasm ${file('wasm.en.pagefind')} B, meta ${file(meta)} B`,
        `  index chunks ${chunks.length} (largest ${Math.max(...chunks)} B, all ${chunks.reduce((a, b) => a + b, 0)} B)`,
        `  fragments ${fragments.length} (largest ${Math.max(...fragments)} B, all ${fragments.reduce((a, b) => a + b, 0)} B)`,
        `  a first query fetches at most ${firstQuery} B before its results' fragments`,
      ].join('\n'),
    );
    expect(bytes.js + bytes.inlineJs).toBeLessThanOrEqual(4 * KB);
    // Pagefind 1.6 in December 2026 (issue 12): 25.8 kB of scripts, 59.8 kB of WebAssembly, a first
    // query at most 119 kB with the largest index chunk. About 10 % of room.
    expect(code + file('wasm.en.pagefind')).toBeLessThanOrEqual(95 * KB);
    expect(firstQuery).toBeLessThanOrEqual(130 * KB);
    expect(html).not.toMatch(/<script[^>]*src="\/pagefind\//);
  });
});
