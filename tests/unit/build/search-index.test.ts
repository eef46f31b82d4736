import { access, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import {
  SEARCH_FOLDER,
  UNUSED_FILES,
  searchIndex,
  forIndexing,
  writeSearchIndex,
} from '../../../src/build/search-index';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

/** A small built site: a lesson with indexed text and a page with none. */
async function site(lessonBody: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'search-index-'));
  await mkdir(join(dir, 'lessons', 'one'), { recursive: true });
  await writeFile(join(dir, 'lessons', 'one', 'index.html'), page(lessonBody));
  await writeFile(join(dir, 'index.html'), page('<nav>Course outline</nav>'));
  return dir;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the search index', () => {
  it('indexes only the pages with data-pagefind-body and writes Pagefind without its unused interfaces', async () => {
    const dir = await site(
      '<h1 data-pagefind-meta="title">Policy types</h1><div data-pagefind-body><h2 id="b">Permissions boundaries</h2><p>A permissions boundary limits.</p></div>',
    );
    await writeSearchIndex(dir);
    const out = join(dir, SEARCH_FOLDER);
    expect(await exists(join(out, 'pagefind.js'))).toBe(true);
    expect(await exists(join(out, 'pagefind-worker.js'))).toBe(true);
    expect(await exists(join(out, 'wasm.en.pagefind'))).toBe(true);
    expect(await readdir(join(out, 'fragment'))).toHaveLength(1);
    for (const file of UNUSED_FILES) expect(await exists(join(out, file)), file).toBe(false);
  });

  it('fails the build, naming the fix, when no page marks text to index', async () => {
    const dir = await site('<p>No body marked.</p>');
    await expect(writeSearchIndex(dir)).rejects.toThrow(
      'Search index (Pagefind): indexing failed: no page has data-pagefind-body. Fix the page or the search setup.',
    );
  });

  it('runs when the build is done and says how many pages it indexed', async () => {
    const dir = await site('<div data-pagefind-body><p>Text.</p></div>');
    const messages: string[] = [];
    await searchIndex().hooks['astro:build:done']({
      dir: pathToFileURL(`${dir}/`),
      logger: { info: (message) => messages.push(message) },
    });
    expect(messages).toEqual([
      `${SEARCH_FOLDER}/: search index of 1 page (lessons, modules, labs, glossary).`,
    ]);
  });

  it('gives each glossary term a section title and a space after every block, and leaves other markup alone', () => {
    expect(
      forIndexing(
        '<dl><div><dt id="permissions-boundary" tabindex="-1">Permissions boundary</dt><dd>A "cap"</dd></div><dt>No id</dt></dl>',
      ),
    ).toBe(
      '<dl><div><dt id="permissions-boundary" tabindex="-1" data-pagefind-title="Permissions boundary">Permissions boundary</dt> <dd>A "cap"</dd> </div> <dt>No id</dt> </dl>',
    );
    // Table cells, list items and paragraphs with no whitespace between them stay separate words.
    expect(
      forIndexing('<tr><td>Eradicate</td><td>Remove</td></tr><li>a</li><li>b</li><p>c</p><em>d</em>'),
    ).toBe('<tr><td>Eradicate</td> <td>Remove</td> </tr> <li>a</li> <li>b</li> <p>c</p> <em>d</em>');
    expect(forIndexing('<dt id="q">Say "hi" &amp; go</dt>')).toBe(
      '<dt id="q" data-pagefind-title="Say &quot;hi&quot; &amp; go">Say "hi" &amp; go</dt>',
    );
  });

  it('is registered after the pages are built, before the service worker', () => {
    const names = (config.integrations ?? [])
      .flat()
      .map((integration) => (integration as { name: string }).name);
    expect(names.indexOf('search-index')).toBeGreaterThan(names.indexOf('cmi5-package'));
    expect(names.indexOf('search-index')).toBeLessThan(names.indexOf('service-worker'));
  });
});
