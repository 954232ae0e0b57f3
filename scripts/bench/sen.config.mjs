// Sen's own Astro configuration with Astro's and Vite's caches in the folder SEN_BENCH_CACHE_DIR names,
// so that `npm run bench` starts from empty caches without emptying the developers'.
import path from 'node:path';
import config from '../../astro.config.mjs';

const cacheDir = process.env.SEN_BENCH_CACHE_DIR;

export default cacheDir ? { ...config, cacheDir, vite: { ...config.vite, cacheDir: path.join(cacheDir, 'vite') } } : config;
