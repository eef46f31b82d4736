// Benchmark of stored progress (not a test: no assertions, not part of `npm test`).
// Run with `npm run bench`. For 1,000 and 10,000 realistic attempts (12 questions each, with
// responses, confidence and tag scores; see tests/unit/lib/progress/realistic-history.ts),
// recorded one by one and compacted as the store does, it prints the encoded size and the time
// decodeProgress takes to parse and validate it (median of 20 runs).
//
// Node runs this file with --experimental-strip-types. The sources import each other without
// file extensions, as Vite resolves them; a resolve hook adds ".ts" where Node finds nothing.
import './resolve-ts.ts';
import { performance } from 'node:perf_hooks';

const { compactProgress } = await import('../src/lib/progress/compact.ts');
const { decodeProgress, encodeProgress } = await import('../src/lib/progress/decode.ts');
const { applyQuizResult } = await import('../src/lib/progress/reducers.ts');
const { createEmptyProgress } = await import('../src/lib/progress/types.ts');
const { realisticAttempts } = await import('../tests/unit/lib/progress/realistic-history.ts');

const RUNS = 20;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

console.log(
  `Stored progress, realistic attempts recorded one by one with compaction (decode: median of ${RUNS} runs)`,
);
for (const count of [1_000, 10_000]) {
  let progress = createEmptyProgress();
  const buildStart = performance.now();
  for (const attempt of realisticAttempts(count))
    progress = compactProgress(applyQuizResult(progress, attempt));
  const buildMs = performance.now() - buildStart;

  const text = encodeProgress(progress);
  const bytes = new TextEncoder().encode(text).length;
  const times: number[] = [];
  let problem: unknown = null;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    problem = decodeProgress(text).problem;
    times.push(performance.now() - start);
  }
  const archived = Object.values(progress.archive.quizzes).reduce((sum, quiz) => sum + quiz.attempts, 0);

  console.log(
    [
      `${count.toLocaleString('en-US').padStart(6)} attempts:`,
      `${bytes.toLocaleString('en-US')} bytes (${(bytes / 1000).toFixed(1)} kB, ${(bytes / 1024).toFixed(1)} KiB);`,
      `${progress.attempts.length} kept in full, ${archived} archived, ${Object.keys(progress.archive.days).length} days;`,
      `decode+validate ${median(times).toFixed(2)} ms${problem === null ? '' : ' (with a problem!)'};`,
      `recording all took ${(buildMs / 1000).toFixed(2)} s`,
    ].join(' '),
  );
}
