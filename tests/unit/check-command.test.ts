import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const check = (contentDir: string) =>
  spawnSync('node', ['scripts/check.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, SEN_CONTENT_DIR: contentDir } });

describe('npm run check', () => {
  it('prints every problem of broken content at once and fails', () => {
    const run = check('tests/fixtures/broken-content');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/broken-content/news/bad-date/vi.mdx:4 — publishedAt');
    expect(run.stderr).toContain('tests/fixtures/broken-content/culture/unknown-locale/fr.mdx — "fr" is not an enabled locale');
    expect(run.stderr).toContain('10 problems in 9 files');
  });

  it('passes valid content without building anything', () => {
    const run = check('tests/fixtures/small-site');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('has no problems');
  });
});
