import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
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
