import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/** Unit tests of the logic, and component tests rendered through Astro (tests/components). */
export default defineConfig({
  test: {
    projects: [
      { root, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
      'tests/components/vitest.config.ts',
    ],
  },
});
