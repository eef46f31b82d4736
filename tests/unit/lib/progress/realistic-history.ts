// A realistic learning history for the size test and the benchmark (scripts/bench-progress.ts):
// attempts as the quiz island records them, 12 questions each with responses of every shape,
// confidence for each question and tag scores by area, difficulty and module. Deterministic: the
// same count always gives the same history. Only type imports from src, so Node can run it with
// --experimental-strip-types.
import type { Confidence, QuizAttempt, TagScore } from '../../../../src/lib/progress/types';
import type { Response } from '../../../../src/lib/quiz/types';

/** A small seeded generator (mulberry32), so histories are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Quiz ids of the site, each with its module. */
export const QUIZZES: readonly (readonly [quizId: string, module: string])[] = [
  ['shared-responsibility', 'shared-responsibility'],
  ['shared-responsibility-other-clouds', 'shared-responsibility'],
  ['shared-responsibility-module', 'shared-responsibility'],
  ['well-architected-pillars', 'well-architected'],
  ['well-architected-reviews', 'well-architected'],
  ['well-architected-module', 'well-architected'],
  ['security-pillar-principles', 'security-pillar'],
  ['security-pillar-areas', 'security-pillar'],
  ['security-pillar-module', 'security-pillar'],
  ['iam-policy-types', 'iam'],
  ['iam-policy-evaluation', 'iam'],
  ['iam-access-practices', 'iam'],
  ['iam-identity-at-scale', 'iam'],
  ['iam-module', 'iam'],
  ['infrastructure-protection-network', 'infrastructure-protection'],
  ['infrastructure-protection-edge-compute', 'infrastructure-protection'],
  ['infrastructure-protection-module', 'infrastructure-protection'],
  ['data-protection-keys', 'data-protection'],
  ['data-protection-s3-secrets', 'data-protection'],
  ['data-protection-module', 'data-protection'],
  ['detection-response-services', 'detection-response'],
  ['detection-response-logging', 'detection-response'],
  ['detection-response-incidents', 'detection-response'],
  ['detection-response-module', 'detection-response'],
  ['compliance-programs', 'compliance'],
  ['compliance-tools', 'compliance'],
  ['compliance-module', 'compliance'],
  ['final-assessment', 'final'],
];

/** The exam domains and security pillar questions a module's questions are tagged with. */
const MODULE_TAGS: Readonly<Record<string, { domains: string[]; secs: number[] }>> = {
  'shared-responsibility': { domains: ['governance', 'infrastructure'], secs: [1, 6] },
  'well-architected': { domains: ['governance'], secs: [1] },
  'security-pillar': { domains: ['governance', 'detection', 'iam'], secs: [1, 2, 3, 4, 5, 8, 10, 11] },
  iam: { domains: ['iam', 'governance'], secs: [1, 2, 3] },
  'infrastructure-protection': { domains: ['infrastructure'], secs: [5, 6] },
  'data-protection': { domains: ['data-protection'], secs: [7, 8, 9] },
  'detection-response': { domains: ['detection', 'incident-response'], secs: [4, 10] },
  compliance: { domains: ['governance'], secs: [1, 4] },
};
const ALL_TAGS = {
  domains: [...new Set(Object.values(MODULE_TAGS).flatMap(({ domains }) => domains))],
  secs: [...new Set(Object.values(MODULE_TAGS).flatMap(({ secs }) => secs))],
};

const AREAS = [
  'policy-evaluation',
  'design-principles',
  'ir-operations',
  'guardrails',
  'shared-compliance',
  'service-categories',
  'data-protection',
  'it-controls',
  'lenses',
  'wa-tool',
];
const DIFFICULTIES = ['foundational', 'intermediate', 'advanced'];
// Question ids are about 20 characters on the site.
const QUESTION_WORDS = [
  'audited',
  'provider',
  'workload',
  'policy',
  'boundary',
  'evidence',
  'session',
  'scope',
];
const QUESTIONS_PER_ATTEMPT = 12;

/** A response as the site stores it, by the mix of question types in content/quizzes. */
function response(next: () => number): Response {
  const kind = next();
  if (kind < 0.1)
    return { 'data-centre': 'aws', 'guest-os': 'customer', 'iam-policies': 'customer', patching: 'shared' };
  if (kind < 0.15) return ['prepare', 'detect', 'contain', 'recover'];
  if (kind < 0.28) return ['a', 'c'];
  if (kind < 0.45) return [next() < 0.5 ? 'true' : 'false'];
  return [String.fromCharCode(97 + Math.floor(next() * 4))];
}

const uuid = (next: () => number): string =>
  Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16))
    .join('')
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/**
 * `count` attempts, oldest first, about 14 a day from 2025-01-01, spread over every quiz.
 * `earned` has at most 2 decimals, as the site records it.
 */
export function realisticAttempts(count: number, seed = 1): QuizAttempt[] {
  const next = random(seed);
  const start = Date.parse('2025-01-01T08:00:00.000Z');
  const attempts: QuizAttempt[] = [];
  for (let index = 0; index < count; index += 1) {
    const [quizId, module] = pick(next, QUIZZES);
    const questionIds = Array.from(
      { length: QUESTIONS_PER_ATTEMPT },
      (_, q) => `${pick(next, QUESTION_WORDS)}-${pick(next, QUESTION_WORDS)}-${quizId.length + q}`,
    );
    const responses: Record<string, Response> = {};
    const confidence: Record<string, Confidence> = {};
    const tags = new Map<string, TagScore>();
    let earned = 0;
    // Each quiz covers three areas.
    const quizNumber = QUIZZES.findIndex(([id]) => id === quizId);
    const areas = [0, 1, 2].map((offset) => AREAS[(quizNumber + offset * 3) % AREAS.length] as string);
    for (const questionId of questionIds) {
      const answer = response(next);
      responses[questionId] = answer;
      confidence[questionId] = next() < 0.7 ? 'sure' : 'unsure';
      const partial = !Array.isArray(answer) || answer.length === 4;
      const points = partial ? Math.round(next() * 4) / 4 : next() < 0.75 ? 1 : 0;
      earned += points;
      const { domains, secs } = MODULE_TAGS[module] ?? ALL_TAGS;
      for (const tag of [
        `area:${pick(next, areas)}`,
        `difficulty:${pick(next, DIFFICULTIES)}`,
        `module:${module}`,
        `sec:${pick(next, secs)}`,
        `domain:${pick(next, domains)}`,
      ]) {
        const sum = tags.get(tag) ?? { earned: 0, total: 0 };
        tags.set(tag, { earned: sum.earned + points, total: sum.total + 1 });
      }
    }
    attempts.push({
      id: uuid(next),
      quizId,
      kind: 'quiz',
      finishedAt: new Date(start + index * 6_000_000 + Math.floor(next() * 600_000)).toISOString(),
      earned: Math.round(earned * 100) / 100,
      total: QUESTIONS_PER_ATTEMPT,
      passed: earned / QUESTIONS_PER_ATTEMPT >= 0.7,
      mode: next() < 0.6 ? 'practice' : 'exam',
      seed: Math.floor(next() * 4_294_967_296),
      questionIds,
      responses,
      confidence,
      durationSeconds: Math.round(next() * 9000) / 10,
      tagScores: Object.fromEntries(tags),
    });
  }
  return attempts;
}
