import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceWorker, SW_FILE } from '../../../src/build/service-worker';

/** A small built site with one file of every kind dist/ holds. */
const FILES = [
  'index.html',
  '404.html',
  'lessons/iam/policy-types/index.html',
  'glossary/index.html',
  'progress/index.html',
  '_astro/runtime.Bg-VM_8Z.js',
  '_astro/app-update-sBFY1_RK.js',
  '_astro/index.C1x2y3z4.css',
  'quizzes/iam-policy-types.json',
  'figures/iam-evaluation.svg',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'cmi5-package.zip',
  'cmi5.xml',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/fragment/en_1a2b3c.pf_fragment',
];

describe('the service worker written after a build', () => {
  let dist: string;
  let code: string;
  const logged: string[] = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'csa-sw-'));
    for (const file of FILES) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), `contents of ${file}`);
    }
    const logger = {
      info: (message: string) => logged.push(message),
      warn: (message: string) => logged.push(message),
    };
    await serviceWorker().hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`), logger });
    code = readFileSync(join(dist, SW_FILE), 'utf8');
  }, 120_000);

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  /** The URLs in the worker's precache list. */
  const precached = () => [...code.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]);

  it('precaches every page, script, stylesheet, quiz, figure, the manifest and the icons', () => {
    expect(precached().sort()).toEqual(
      [
        '404.html',
        '_astro/app-update-sBFY1_RK.js',
        '_astro/index.C1x2y3z4.css',
        '_astro/runtime.Bg-VM_8Z.js',
        'favicon.svg',
        'figures/iam-evaluation.svg',
        'glossary/index.html',
        'icons/icon-192.png',
        'index.html',
        'lessons/iam/policy-types/index.html',
        'manifest.webmanifest',
        'progress/index.html',
        'quizzes/iam-policy-types.json',
      ].sort(),
    );
    expect(logged).toContain(`${SW_FILE}: precaches 13 files (0.0 MB before compression) for offline use.`);
  });

  it('leaves out the search index, the cmi5 package, the sitemap and itself', () => {
    expect(precached().filter((url) => /pagefind|cmi5|sitemap|sw\.js/.test(url ?? ''))).toEqual([]);
  });

  it('gives hashed /_astro/ files no revision, and every other file one', () => {
    expect(code).toMatch(/\{url:"_astro\/runtime\.Bg-VM_8Z\.js",revision:null\}/);
    expect(code).toMatch(/\{url:"index\.html",revision:"[0-9a-f]{32}"\}/);
  });

  it('keeps the search files a search loads, at run time, from this site only', () => {
    expect(code).toMatch(
      /\(\{url:(\w+),sameOrigin:(\w+)\}\)=>\2&&\1\.pathname\.startsWith\("\/pagefind\/"\)/,
    );
    expect(code).toMatch(
      /cacheName:"csa-search",networkTimeoutSeconds:5,plugins:\[new \w+\(\{maxEntries:300\}\)\]/,
    );
  });

  it('is one file under the CSP: the Workbox runtime inlined, no eval, no source map', () => {
    expect(code).not.toContain('importScripts');
    expect(code).not.toMatch(/\beval\(|new Function/);
    expect(code).not.toContain('sourceMappingURL');
    expect(code).not.toContain('__WB_MANIFEST');
  });

  it('serves a page for its folder address and whatever its query string, under the csa cache names', () => {
    expect(code).toMatch(/directoryIndex:"index\.html",ignoreURLParametersMatching:\[\/\.\*\/\]/);
    expect(code).toContain('prefix:"csa"');
  });

  it('waits for the learner before taking over (skipWaiting only on their message)', () => {
    expect(code).toMatch(/\w+\.data\.type==="SKIP_WAITING"&&self\.skipWaiting\(\)/);
    expect(code.match(/self\.skipWaiting\(\)/g)).toHaveLength(1);
  });
});
