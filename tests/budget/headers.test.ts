// The HTTP Observatory's published scoring (src/lib/headers/observatory.ts) applied to what the
// built site sends: dist/_headers (copied from public/_headers) and each page's own <meta> CSP,
// referrer policy and scripts. Every page must score A+. Redirection (HTTP → HTTPS on the same
// host) cannot be judged from files: it is the host's job, and the test prints it as such.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsp, splitPolicies } from '../../src/lib/headers/csp';
import { headersFor, parseHeadersFile } from '../../src/lib/headers/headers-file';
import { readPageHead } from '../../src/lib/headers/html';
import { scorePage } from '../../src/lib/headers/observatory';

const DIST = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** dist/lessons/iam/x/index.html → /lessons/iam/x/; dist/404.html → /404.html */
function urlPath(file: string): string {
  const path = `/${relative(DIST, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

if (!existsSync(join(DIST, '_headers'))) {
  throw new Error('dist/_headers is missing: run `npm run build` before `npm run test:budget`');
}
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const pages = htmlFiles(DIST).map((file) => ({
  path: urlPath(file),
  head: readPageHead(readFileSync(file, 'utf8')),
}));
const UNSAFE = new Set(["'unsafe-inline'", "'unsafe-eval'", 'data:', '*', 'http:', 'https:', 'ftp:']);

describe('host headers and each page’s CSP, by the HTTP Observatory’s rules', () => {
  it('give every built page A+', () => {
    const scans = pages.map((page) => ({
      path: page.path,
      scan: scorePage({ headers: headersFor(rules, page.path), page: page.head }),
    }));
    const lesson = scans.find((s) => s.path.startsWith('/lessons/')) ?? scans[0];
    if (lesson) {
      console.log(`Observatory score of ${lesson.path} (every page below):`);
      for (const t of lesson.scan.tests) {
        console.log(`  ${t.modifier >= 0 ? '+' : ''}${t.modifier}`.padEnd(7) + `${t.test}: ${t.result}`);
      }
      for (const n of lesson.scan.notJudged)
        console.log(`  (host) ${n.test}: not judged from files; the host must ${n.hostMust}`);
    }
    const byScore = new Map<string, number>();
    for (const { scan } of scans)
      byScore.set(`${scan.grade} ${scan.score}`, (byScore.get(`${scan.grade} ${scan.score}`) ?? 0) + 1);
    console.log(`${scans.length} pages: ${[...byScore].map(([k, n]) => `${n} × ${k}`).join(', ')}`);

    expect(scans.length).toBeGreaterThan(10);
    for (const { path, scan } of scans) {
      expect({
        path,
        grade: scan.grade,
        failed: scan.tests.filter((t) => !t.pass).map((t) => t.result),
      }).toEqual({
        path,
        grade: 'A+',
        failed: [],
      });
      expect(scan.notJudged.map((n) => n.test)).toEqual(['redirection']);
    }
  });

  it('keep each page’s own meta CSP free of unsafe script and style sources, judged alone', () => {
    // The Observatory reads a header policy first and then counts a directive only the <meta>
    // names as 'none', so the combined score above cannot see an unsafe <meta> script-src.
    const first = pages.find((p) => p.path.startsWith('/lessons/')) ?? pages[0];
    if (first) {
      const headers = new Map(headersFor(rules, first.path));
      headers.delete('content-security-policy');
      const alone = scorePage({ headers, page: first.head }).tests[0];
      console.log(
        `${first.path}, its <meta> CSP without the header policy: ${alone?.result} (${alone?.modifier})`,
      );
    }
    for (const { path, head } of pages) {
      expect(head.csp, path).toHaveLength(1);
      const meta = parseCsp(splitPolicies(head.csp));
      for (const directive of ['script-src', 'style-src']) {
        const sources = [...(meta.get(directive) ?? ['(missing)'])];
        expect({
          path,
          directive,
          unsafe: sources.filter((s) => UNSAFE.has(s) || s === '(missing)'),
        }).toEqual({
          path,
          directive,
          unsafe: [],
        });
      }
    }
  });

  it('set frame-ancestors, base-uri, form-action and object-src by header, and never script-src, style-src or default-src', () => {
    const header = parseCsp(splitPolicies([headersFor(rules, '/').get('content-security-policy') ?? '']));
    expect([...header.keys()].sort()).toEqual(['base-uri', 'form-action', 'frame-ancestors', 'object-src']);
    expect([...(header.get('frame-ancestors') ?? [])]).toEqual(["'none'"]);
  });

  it('cache hashed bundles for a year and check the service worker and manifest on every visit', () => {
    expect(headersFor(rules, '/_astro/client.AbC123.js').get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor(rules, '/sw.js').get('cache-control')).toBe('no-cache');
    expect(headersFor(rules, '/manifest.webmanifest').get('cache-control')).toBe('no-cache');
    expect(headersFor(rules, '/lessons/iam/policy-types/').has('cache-control')).toBe(false);
  });
});
