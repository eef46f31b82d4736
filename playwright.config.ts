import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Which Chromium runs the browser tests: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else Playwright's own download (`npx playwright install chromium`, where the network allows).
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromiumPath();
// E2E_PORT lets two builds be tested side by side (each from its own folder) without sharing a server.
const port = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  // Room for a busy 2-core machine (tests run two at a time beside the preview server and
  // whatever else is running): a test gets 60 s, one marked test.slow() three times that, and a
  // web-first assertion waits up to 10 s. A test that hangs still fails.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The site's service worker would answer requests before page.route() sees them; specs that
    // test offline use allow it themselves (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // This network reaches no Google service; these stop Chromium from trying.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Serves the built site (run `npm run build` first; `npm test` does).
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  },
});
