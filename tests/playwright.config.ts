import { defineConfig } from '@playwright/test';
import { chromiumPath } from '../scripts/chromium.mjs';

const port = Number(process.env.SEN_TEST_PORT ?? 4321);
/** The built site under test: dist/, or SEN_TEST_DIST when several builds are tested side by side. */
const dir = process.env.SEN_TEST_DIST ?? 'dist';

/** Browser tests against the built demo site in dist/, served as a static host would. */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dir ${dir}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
