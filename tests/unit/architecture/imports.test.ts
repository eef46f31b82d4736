// The shape of the code as the architecture describes it: arrows point one way
// (pages → components → islands → stores → lib → schemas), and no module imports itself round a cycle.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');
const EXTENSIONS = ['.ts', '.tsx', '.astro', '.mjs', '.js'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return EXTENSIONS.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** The project files `file` imports (static, dynamic and type-only), resolved to paths. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [
    ...code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1] as string);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveModule(resolve(dirname(file), specifier)))
    .filter((path): path is string => path !== null);
}

function resolveModule(base: string): string | null {
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext), join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const files = filesUnder(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(ROOT, file);

describe('imports in src/', () => {
  it('resolves the imports of a real module, so the checks below see the graph', () => {
    const store = graph.get(join(SRC, 'stores/progress.ts')) ?? [];
    expect(store.map(name)).toContain('src/stores/storage.ts');
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps src/lib pure: it imports only src/lib and the schemas', () => {
    const outside = files
      .filter((file) => file.startsWith(join(SRC, 'lib') + '/'))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter(
            (target) => !target.startsWith(join(SRC, 'lib')) && !target.startsWith(join(SRC, 'schemas')),
          )
          .map((target) => `${name(file)} → ${name(target)}`),
      );
    expect(outside).toEqual([]);
  });

  it('keeps stores free of islands, components and pages', () => {
    const upward = files
      .filter((file) => file.startsWith(join(SRC, 'stores') + '/'))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter((target) => /\/src\/(islands|components|pages|layouts)\//.test(target))
          .map((target) => `${name(file)} → ${name(target)}`),
      );
    expect(upward).toEqual([]);
  });
});
