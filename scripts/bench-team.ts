// Benchmark of the team report (not a test: no assertions, not part of `npm test`).
// Run with `npm run bench:team`. It builds 50 learners' progress files of 10,000 realistic
// attempts each (tests/unit/lib/progress/realistic-history.ts, compacted as the store keeps them,
// named in the file; ten distinct histories, each for five learners), then times what /team/ does with them: parse and validate each file
// (readImport, as an import does), aggregate (buildTeamReport), and render (the report's HTML with
// Preact's server renderer, and the CSV). Figures are medians of a few runs, in milliseconds, with
// the bytes of the files, the HTML and the CSV.
//
// Node runs this file with --experimental-strip-types. Resolve hooks add ".ts" or ".tsx" where Node
// finds nothing, and compile the island's .tsx with esbuild (which Astro's Vite brings along).
import { readFileSync } from 'node:fs';
import './resolve-ts.ts';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { transformSync } from 'esbuild';

registerHooks({
  load(url, context, nextLoad) {
    if (!url.endsWith('.tsx')) return nextLoad(url, context);
    const { code } = transformSync(readFileSync(fileURLToPath(url), 'utf8'), {
      loader: 'tsx',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      format: 'esm',
    });
    return { format: 'module', source: code, shortCircuit: true };
  },
});

const { h } = await import('preact');
const { renderToString } = await import('preact-render-to-string');
const { compactProgress } = await import('../src/lib/progress/compact.ts');
const { buildExport, readImport } = await import('../src/lib/progress/transfer.ts');
const { createEmptyProgress } = await import('../src/lib/progress/types.ts');
const { bankId, buildTeamReport, questionBank } = await import('../src/lib/team/report.ts');
const { realisticAttempts, QUIZZES } = await import('../tests/unit/lib/progress/realistic-history.ts');
const { ReportView, reportCsv } = await import('../src/islands/team/TeamReport.tsx');

const LEARNERS = 50;
const ATTEMPTS = 10_000;
const RUNS = 5;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const time = <T>(run: () => T): { ms: number; value: T } => {
  const times: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value: value as T };
};
const bytes = (text: string) => new TextEncoder().encode(text).length;
const kB = (count: number) => `${(count / 1000).toFixed(1)} kB`;

// The course of realistic-history.ts: a lesson per lesson quiz, a module quiz per module.
const modules = [...new Set(QUIZZES.map(([, module]) => module))].filter((module) => module !== 'final');
const course = {
  finalQuiz: 'final-assessment',
  modules: modules.map((module) => ({
    id: module,
    title: module,
    quiz: `${module}-module`,
    lessons: QUIZZES.filter(([quiz, owner]) => owner === module && quiz !== `${module}-module`).map(
      ([quiz]) => ({
        id: `${module}/${quiz}`,
        title: quiz,
        href: `/lessons/${module}/${quiz}/`,
        quiz,
      }),
    ),
  })),
};
// One path through every lesson and module quiz, so each learner's path status is computed too.
const pathCourse = {
  lessons: course.modules.flatMap((module) =>
    module.lessons.map(({ id, title, quiz }) => ({ id, title, quiz, minutes: 20 })),
  ),
  quizzes: course.modules.map((module) => ({
    id: module.quiz,
    title: module.title,
    href: `/modules/${module.id}/`,
    minutes: 20,
  })),
};
const teamCourse = {
  ...course,
  pathCourse,
  paths: [
    {
      id: 'everything',
      title: 'Everything',
      path: {
        title: 'Everything',
        audience: 'Benchmark',
        summary: 'Every lesson and module quiz.',
        steps: course.modules.flatMap((module) => [
          ...module.lessons.map((lesson) => ({ lesson: lesson.id, optional: false })),
          { quiz: module.quiz, optional: false },
        ]),
      },
    },
  ],
};

const buildStart = performance.now();
// Ten distinct histories (compacting 10,000 attempts takes seconds), each written for five learners.
const HISTORIES = 10;
const histories = Array.from({ length: HISTORIES }, (_, index) =>
  compactProgress({ ...createEmptyProgress(), attempts: realisticAttempts(ATTEMPTS, index + 1) }),
);
const files = Array.from({ length: LEARNERS }, (_, index) => {
  const progress = histories[index % HISTORIES] as (typeof histories)[number];
  return buildExport(progress, {
    siteVersion: '0.1.0',
    exportedAt: new Date('2026-12-01T10:00:00.000Z'),
    learnerName: `Learner ${index + 1}`,
  });
});
const buildMs = performance.now() - buildStart;
const fileBytes = files.map(bytes);

const parsed = time(() => files.map((text) => readImport(text)));
const members = parsed.value.map((result, index) => {
  if (!result.ok) throw new Error(`file ${index + 1} was refused: ${result.code}`);
  return { label: result.learner?.name ?? `file-${index + 1}.json`, named: true, progress: result.progress };
});

// A bank of every question the files answer (single-choice, "a" right), so grading runs on each.
const ids = new Set<string>();
for (const member of members)
  for (const attempt of member.progress.attempts)
    for (const question of Object.keys(attempt.responses)) ids.add(bankId(attempt.quizId, question));
const bank = questionBank(
  [...ids].map((id) => ({
    id,
    type: 'single-choice' as const,
    prompt: `Question ${id}`,
    shuffle: true,
    choices: [
      { id: 'a', text: 'Right', correct: true, rationale: 'Right.' },
      { id: 'b', text: 'Wrong', correct: false, rationale: 'Wrong.' },
    ],
    explanation: 'Why.',
    source: { title: 'Source', url: 'https://example.com/' },
    tags: { area: 'iam', difficulty: 'foundational' as const, domain: 'iam' as const },
  })),
);

const aggregated = time(() => buildTeamReport(members, teamCourse, bank, 'UTC'));
const html = time(() =>
  renderToString(
    h(ReportView, { report: aggregated.value, course: teamCourse, bank: 'ready', onCsv: () => {} }),
  ),
);
const csv = time(() => reportCsv(aggregated.value, teamCourse));

const kept = members.reduce((sum, member) => sum + member.progress.attempts.length, 0);
console.log(
  `Team report: ${LEARNERS} learners × ${ATTEMPTS.toLocaleString('en-US')} attempts (median of ${RUNS} runs)`,
);
console.log(
  `  files:      ${kB(fileBytes.reduce((a, b) => a + b, 0))} in all, ${kB(Math.max(...fileBytes))} the largest; ${kept.toLocaleString('en-US')} attempts kept in full, the rest archived (built in ${(buildMs / 1000).toFixed(1)} s)`,
);
console.log(
  `  parse + validate (readImport, all files): ${parsed.ms.toFixed(1)} ms (${(parsed.ms / LEARNERS).toFixed(2)} ms a file)`,
);
console.log(`  aggregate (buildTeamReport, ${bank.size} questions graded): ${aggregated.ms.toFixed(1)} ms`);
console.log(
  `  render report HTML (Preact renderToString): ${html.ms.toFixed(1)} ms, ${kB(bytes(html.value))}`,
);
console.log(`  CSV: ${csv.ms.toFixed(1)} ms, ${kB(bytes(csv.value))}`);
console.log(
  `  missed questions listed: ${aggregated.value.missed.length}; not started: ${aggregated.value.notStarted.length}`,
);
