import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('a build with broken content', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-broken-'));
  fs.rmSync(outDir, { recursive: true });
  const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SEN_CONTENT_DIR: 'tests/fixtures/broken-content', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = build.stdout + build.stderr;

  it('fails', () => {
    expect(build.status).not.toBe(0);
  });

  it('prints one message per problem, naming file, line and field', () => {
    expect(output).toContain('tests/fixtures/broken-content/destinations/missing-title/vi.mdx:2 — title — is required');
    expect(output).toContain('tests/fixtures/broken-content/news/bad-date/vi.mdx:4 — publishedAt');
    expect(output).toContain('10 problems in 9 files');
  });

  it('writes nothing', () => {
    expect(fs.existsSync(outDir)).toBe(false);
  });
});
