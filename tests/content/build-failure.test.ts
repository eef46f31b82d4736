// A broken content file must stop `astro build` with a message that names the file and field,
// so a mistake never reaches the published site. Each case builds a copy of the site in .tmp/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './load-content';

// A folder of this run's own, so runs side by side never delete each other's copies.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.tmp', 'build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Copies the site into a scratch folder, lets `change` break it, and runs `astro build`. */
function buildBroken(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(scratch, 'site-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  change(dir);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
    {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run build with broken content', () => {
  it('fails on a quiz that breaks a teaching rule, naming the file, the field and the fix', () => {
    const { status, output } = buildBroken((dir) => {
      const broken = readFileSync(
        join(ROOT, 'tests/fixtures/invalid/quizzes/single-choice-two-correct.yaml'),
        'utf8',
      );
      writeFileSync(join(dir, 'content/quizzes/shared-responsibility.yaml'), broken);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/quizzes/shared-responsibility.yaml');
    expect(output).toContain(
      'questions.0.choices: single-choice questions need exactly one correct choice (found 2: b, c)',
    );
  });

  it('fails on a lesson that names a quiz that does not exist, naming the lesson file', () => {
    const { status, output } = buildBroken((dir) => {
      const lesson = join(dir, 'content/lessons/shared-responsibility/01-security-of-and-in-the-cloud.mdx');
      writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^quiz: .*$/m, 'quiz: no-such-quiz'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/lessons/shared-responsibility/01-security-of-and-in-the-cloud.mdx: quiz: no quiz "no-such-quiz" in content/quizzes/',
    );
  });
});
