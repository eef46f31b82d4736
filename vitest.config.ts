import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Property and fuzz tests run thousands of cases: on a busy 2-core machine one can take
          // several times its usual second or two. Room, not a race against the default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      // Reads dist/: run after `npm run build`.
      { test: { name: 'budget', include: ['tests/budget/**/*.test.ts'], environment: 'node' } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text', 'html'],
      // src/lib decides correctness and progress: every line of it runs under test.
      thresholds: { lines: 100, functions: 100, statements: 100, branches: 95 },
    },
  },
});
