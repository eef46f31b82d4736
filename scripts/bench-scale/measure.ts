// What the scale benchmark measures: a command's wall time and the peak memory of its whole
// process tree (polled from /proc), and a built site's size by kind of file and its lesson pages'
// gzipped bytes.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BuiltSite, gz, measure } from '../../tests/budget/measure.ts';

export interface RunResult {
  seconds: number;
  /** Largest sum of the resident memory of the command and all its descendants, in bytes. */
  peakBytes: number;
  /** Seconds from the start at which that peak was sampled. */
  peakAt: number;
  /** Largest resident memory of any one process of the tree, by command name (`node`, `pagefind`…). */
  peakByCommand: Record<string, number>;
}

/** Process ids of `root` and every process below it. */
function tree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const all = [root];
  for (let index = 0; index < all.length; index += 1) all.push(...(parents.get(all[index] ?? -1) ?? []));
  return all;
}

/** A process's command name and resident memory in bytes (0 once it has ended). */
function memory(pid: number): { name: string; bytes: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return { name: /Name:\s+(\S+)/.exec(status)?.[1] ?? '?', bytes: Number(kb ?? 0) * 1024 };
  } catch {
    return { name: '?', bytes: 0 };
  }
}

/**
 * Runs `command` in `cwd`, timing it and sampling its process tree's memory every 100 ms; its
 * output goes to the file `log`, and the memory, every half second, to `log` + `.memory` (clock
 * time as the build log prints it, MB by process), to see which step of the build the peak is in.
 */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: string,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = createWriteStream(log);
    const timeline = createWriteStream(`${log}.memory`);
    let written = 0;
    let tail = '';
    const keep = (chunk: Buffer) => {
      out.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    let peakAt = 0;
    const peakByCommand: Record<string, number> = {};
    const sample = () => {
      if (child.pid === undefined) return;
      const processes = tree(child.pid).map(memory);
      const total = processes.reduce((sum, { bytes }) => sum + bytes, 0);
      if (total > peakBytes) {
        peakBytes = total;
        peakAt = (performance.now() - started) / 1000;
      }
      for (const { name, bytes } of processes)
        peakByCommand[name] = Math.max(peakByCommand[name] ?? 0, bytes);
      if (performance.now() - written >= 500) {
        written = performance.now();
        const clock = new Date().toTimeString().slice(0, 8);
        const each = processes
          .filter(({ bytes }) => bytes > 20e6)
          .map(({ name, bytes }) => `${name} ${(bytes / 1e6).toFixed(0)}`);
        timeline.write(`${clock} ${(total / 1e6).toFixed(0)} MB (${each.join(', ')})\n`);
      }
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      out.end();
      timeline.end();
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakBytes, peakAt, peakByCommand });
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${tail}`));
    });
  });
}

/** Bytes of a built site by kind of file. */
export interface DistSize {
  total: number;
  html: number;
  quizJson: number;
  figures: number;
  pagefind: number;
  astro: number;
  other: number;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export function distSize(dist: string): DistSize {
  const size: DistSize = { total: 0, html: 0, quizJson: 0, figures: 0, pagefind: 0, astro: 0, other: 0 };
  for (const path of files(dist)) {
    const bytes = statSync(path).size;
    const site = `/${relative(dist, path)}`;
    size.total += bytes;
    if (site.startsWith('/pagefind/')) size.pagefind += bytes;
    else if (site.startsWith('/_astro/')) size.astro += bytes;
    else if (site.startsWith('/figures/')) size.figures += bytes;
    else if (site.startsWith('/quizzes/') && site.endsWith('.json')) size.quizJson += bytes;
    else if (site.endsWith('.html')) size.html += bytes;
    else size.other += bytes;
  }
  return size;
}

/** Median and largest of a list of numbers. */
export interface Spread {
  median: number;
  max: number;
  count: number;
}

const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
    max: sorted.at(-1) ?? 0,
    count: values.length,
  };
};

/** The budget test's view of a built site, gzipping each shared file once however many pages use it. */
class CachedSite extends BuiltSite {
  readonly #gz = new Map<string, number>();

  override bytes(files: Iterable<string>): number {
    let sum = 0;
    for (const file of files) {
      let bytes = this.#gz.get(file);
      if (bytes === undefined) {
        bytes = gz(this.read(file));
        this.#gz.set(file, bytes);
      }
      sum += bytes;
    }
    return sum;
  }
}

/** Gzipped HTML, CSS and JavaScript at load of the pages whose site path starts with `prefix`. */
export function pageBytes(dist: string, prefix: string): { html: Spread; css: Spread; js: Spread } {
  const site = new CachedSite(dist);
  const pages = site.htmlPages().filter((page) => page.startsWith(prefix));
  const measured = pages.map((page) => measure(site, page));
  return {
    html: spread(measured.map((page) => page.html)),
    css: spread(measured.map((page) => page.css)),
    js: spread(measured.map((page) => page.js)),
  };
}

/** Gzipped HTML of every page under `prefix` (for a site the budget's measure does not know). */
export function htmlBytes(dist: string, prefix: string): Spread {
  const values: number[] = [];
  for (const path of files(dist)) {
    const site = `/${relative(dist, path)}`;
    if (site.startsWith(prefix) && site.endsWith('.html')) values.push(gz(readFileSync(path)));
  }
  return spread(values);
}
