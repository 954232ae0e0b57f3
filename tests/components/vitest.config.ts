/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Component tests render Astro components through Astro's own Vite setup (the container API). */
export default getViteConfig(
  { test: { include: ['tests/components/**/*.test.ts'], testTimeout: 60_000 } },
  { root: new URL('../..', import.meta.url).pathname, logLevel: 'warn' },
);
