import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4322);
const chromiumPath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // One worker per core: each drives one Chromium page, and axe is CPU-bound.
  workers: Math.max(1, availableParallelism()),
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Tracing records every action with DOM snapshots even for tests that pass (retain-on-failure
    // only decides what to keep): E2E_TRACE=1 turns it on when debugging a failure.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  webServer: {
    // Serves the built site as a real host does (gzip, caching; scripts/static-server.mjs): a small
    // Node server starts in well under a second, where `astro preview` loads Vite and the config.
    // npm test builds first; run `npm run build` before `npm run test:e2e`.
    command: `node scripts/static-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
