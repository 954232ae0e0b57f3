// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/markdown/heading-ids.ts';
import { safeMdx } from './src/markdown/safe-mdx.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { builtOutputs } from './src/integrations/built-outputs.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { previousBuild } from './src/integrations/previous-build.ts';
import { contentDir } from './src/content/paths.ts';
import { contentSecurityDirectives } from './src/hosting/content-security.ts';
import { siteOriginStyle } from './src/styles/site-origin.ts';

export default defineConfig({
  trailingSlash: 'always',
  // Styles linked, not inline: two files of _astro/ (6.5 KB gzip in all) that a reader's browser keeps for
  // every later page; inline they were 24 KB of each page's HTML. Lighthouse's phone, one run a page on the
  // same build: Performance 99–100 linked, 96–99 inline (first paint 1.2 s against 0.8–1.2 s, largest paint
  // 1.5–1.6 s against 1.4–1.7 s, less blocking time). A 1,000-item rebuild's routes: 13.0–14.8 s, 16.0–18.3 s inline.
  // Four pages at a time: a page waits on files and on sharp off the main thread, so another page renders
  // meanwhile (the demo's static routes, warm caches: 2.3–3.0 s one page at a time, 1.9–2.2 s four; the same bytes).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [contentCheck(), previousBuild(), mdx(), socialImages(), builtOutputs()],
  // A strict policy in every page's <meta>: Astro hashes the scripts and styles it emits;
  // the search page adds WebAssembly (SearchPage.astro).
  // Headers a <meta> cannot carry (frame-ancestors) are in src/hosting/headers.ts.
  security: { csp: { directives: contentSecurityDirectives } },
  // AVIF at sharp's effort 3, not 4: on the demo's photos 2.6 times faster to encode for 6% more bytes.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 3 } } } },
  // Code blocks stay plain <pre><code>: Shiki colours them with inline styles, which the policy above refuses.
  markdown: { processor: satteri({ mdastPlugins: [safeMdx], hastPlugins: [headingIds] }), syntaxHighlight: false },
  vite: {
    // `@content/…` names files of the content folder wherever SEN_CONTENT_DIR puts it.
    resolve: { alias: { '@content': contentDir() } },
    plugins: [siteOriginStyle()],
    // Astro marks every MDX module with its own "use astro:head-inject" directive, and rolldown warned
    // about each: 10,000 warnings with code frames in a 5,000-item build, none a reader can act on.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
});
