// @ts-check
// The bare Astro build that `npm run bench` compares Sen with: the same MDX, MDX support only, a trivial page.
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Astro's and Vite's caches in the benchmark's folder, so that its first build starts from empty caches.
const cacheDir = process.env.SEN_BENCH_CACHE_DIR;

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  ...(cacheDir && { cacheDir, vite: { cacheDir: path.join(cacheDir, 'vite') } }),
});
