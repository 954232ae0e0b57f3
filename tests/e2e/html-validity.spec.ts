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
  const errors = messages.map((message) => `${path.relative(distDir, new URL(message.url).pathname)}:${message.lastLine} ${message.message} «${message.extract?.trim()}»`);
  expect(errors, `${files.length} pages checked`).toEqual([]);
  expect(files.length).toBeGreaterThan(30);
});
