/** A page of every type, in every locale, passes the W3C Nu HTML Checker (vnu-jar, on the machine's Java) with no errors. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, outsideSamples, pageTypeSamples, root } from './helpers.ts';

test('sampled pages of every type have no HTML errors', () => {
  test.setTimeout(180_000);
  const samples = [...pageTypeSamples(), ...outsideSamples()];
  const files = samples.map(({ page }) => path.join(distDir, page.path.endsWith('/') ? `${page.path}index.html` : page.path));
  const vnu = spawnSync('java', ['-jar', path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
  expect(vnu.error, 'java runs the checker').toBeUndefined();
  const { messages } = JSON.parse(vnu.stderr) as { messages: { url: string; message: string; lastLine?: number; extract?: string }[] };
  // The checker's CSS grammar predates `paint-order` (CSS Fill and Stroke 3, in every browser since 2017),
  // which draws the map labels' halo; the styles are inline, so the checker reads them.
  const known = (message: { message: string }) => message.message === 'CSS: “paint-order”: Property “paint-order” doesn\'t exist.';
  const errors = messages.filter((message) => !known(message)).map((message) => `${path.relative(distDir, new URL(message.url).pathname)}:${message.lastLine} ${message.message} «${message.extract?.trim()}»`);
  expect(errors, `${files.length} pages checked`).toEqual([]);
  expect(files.length).toBeGreaterThan(30);
});
