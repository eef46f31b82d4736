// @cloud-copilot/iam-simulate is AGPL-licensed: it may serve as a test oracle, but nothing of it
// may reach the site. No file under src/ may name it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the IAM test oracle stays out of the site', () => {
  it('is not imported or named by any file under src/', () => {
    const files = filesUnder(SRC);
    expect(files.some((file) => file.endsWith(join('lib', 'iam', 'evaluate.ts')))).toBe(true);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('@cloud-copilot'))).toEqual([]);
  });
});
