// The comparison build: Astro Starlight with the same generated lessons (same words) as docs
// pages, one sidebar group per module, with Starlight's defaults (its Pagefind search included).
// Starlight is installed once into ~/.cache/bench-scale-starlight/ (npm registry), which is also
// the Starlight project folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedModule } from './generate.ts';
import { run, type RunResult } from './measure.ts';

const CACHE = join(homedir(), '.cache/bench-scale-starlight');
/** Starlight's current release and the Astro version this project builds with. */
const PACKAGES = { '@astrojs/starlight': '0.42.4', astro: '7.3.5' };

function install(): void {
  if (existsSync(join(CACHE, 'node_modules/@astrojs/starlight/package.json'))) return;
  mkdirSync(CACHE, { recursive: true });
  const manifest = { name: 'bench-scale-starlight', private: true, type: 'module', dependencies: PACKAGES };
  writeFileSync(join(CACHE, 'package.json'), JSON.stringify(manifest, null, 2));
  console.log(`Installing Starlight into ${CACHE} (once)…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: CACHE, stdio: 'inherit' });
}

/**
 * Stand-ins for the course's MDX components, so the same MDX compiles: the words of a callout,
 * a flow's steps and a layer list are kept; a figure becomes its name.
 */
const COMPONENTS: Record<string, string> = {
  Callout: `---\nconst { title } = Astro.props;\n---\n<aside><p><strong>{title}</strong></p><slot /></aside>\n`,
  Flow: `---\nconst { title, steps = [] } = Astro.props;\n---\n<figure><figcaption>{title}</figcaption><ol>{steps.map((s) => <li><strong>{s.label}</strong> {s.detail}</li>)}</ol></figure>\n`,
  Layers: `---\nconst { title, layers = [] } = Astro.props;\n---\n<figure><figcaption>{title}</figcaption><ul>{layers.map((l) => <li><strong>{l.label}</strong> {l.note}</li>)}</ul></figure>\n`,
  Term: `<span><slot /></span>\n`,
  Figure: `---\nconst { name } = Astro.props;\n---\n<p>{name}</p>\n`,
};

/** A lesson's MDX as a Starlight docs page: title and description, our components' stand-ins. */
function toDocsPage(text: string): string {
  const end = text.indexOf('\n---', 3);
  const head = text.slice(0, end);
  const body = text
    .slice(end + 4)
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n');
  const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(head)?.[1] ?? "''";
  const imports = Object.keys(COMPONENTS)
    .map((name) => `import ${name} from '../../../components/${name}.astro';`)
    .join('\n');
  return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---\n${imports}\n${body}`;
}

/** Writes the Starlight site for `modules` (lessons read from `source`) and builds it. */
export async function buildStarlight(
  modules: readonly GeneratedModule[],
  source: string,
): Promise<{ dir: string; result: RunResult }> {
  install();
  // The cache folder is the Starlight project itself, as after `npm create astro`: Vite compiles
  // Starlight's components only from a node_modules/ inside the project (not a linked or parent
  // one). Its src/ and dist/ are replaced on each run.
  const dir = CACHE;
  for (const folder of ['src', 'dist', '.astro']) rmSync(join(dir, folder), { recursive: true, force: true });
  const sidebar = modules.map((module) => ({
    label: module.title,
    items: [{ autogenerate: { directory: module.id } }],
  }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://academy.example',
  integrations: [starlight({ title: 'Cloud Security Academy', sidebar: ${JSON.stringify(sidebar)} })],
});
`,
  );
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const [name, code] of Object.entries(COMPONENTS)) {
    writeFileSync(join(dir, 'src/components', `${name}.astro`), code);
  }
  const docs = join(dir, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Cloud Security Academy\n---\n\nThe course.\n');
  for (const module of modules) {
    mkdirSync(join(docs, module.id), { recursive: true });
    for (const lesson of module.lessons) {
      const file = `${String(lesson.order).padStart(2, '0')}-${lesson.slug}.mdx`;
      const text = readFileSync(join(source, 'content/lessons', module.id, file), 'utf8');
      writeFileSync(join(docs, module.id, file), toDocsPage(text));
    }
  }
  const result = await run(
    process.execPath,
    [join(CACHE, 'node_modules/astro/bin/astro.mjs'), 'build'],
    dir,
    process.env,
    join(dir, 'build.log'),
  );
  return { dir, result };
}
