import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { previousBuild } from '../../src/integrations/previous-build.ts';

/** Runs the integration's hooks as a build of `outDir` would. */
async function build(outDir: string, between: () => void = () => {}, vite = {}) {
  const hooks = previousBuild().hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']({ config: { outDir: pathToFileURL(`${outDir}/`), vite } });
  await hooks['astro:build:start']({ logger: { warn: () => {} } });
  between();
  await hooks['astro:build:done']({});
}

describe('the last build’s dist/', () => {
  it('is gone when a build starts, and deleted by the time it ends, with a folder a stopped build left', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-previous-'));
    try {
      const outDir = path.join(parent, 'dist');
      fs.mkdirSync(path.join(outDir, 'vi/tin-tuc/bai-da-go'), { recursive: true });
      fs.writeFileSync(path.join(outDir, 'vi/tin-tuc/bai-da-go/index.html'), '<p>Một bài đã gỡ</p>');
      fs.mkdirSync(path.join(parent, '.dist.previous-1'));
      fs.writeFileSync(path.join(parent, 'keep.txt'), 'not a build');
      await build(outDir, () => expect(fs.existsSync(outDir)).toBe(false));
      expect(fs.readdirSync(parent)).toEqual(['keep.txt']);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('is kept when the configuration says so (vite.build.emptyOutDir: false), as Astro keeps it', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-previous-'));
    try {
      const outDir = path.join(parent, 'dist');
      fs.mkdirSync(outDir);
      fs.writeFileSync(path.join(outDir, 'CNAME'), 'thongtindoingoai.example.vn');
      await build(outDir, () => {}, { build: { emptyOutDir: false } });
      expect(fs.readFileSync(path.join(outDir, 'CNAME'), 'utf8')).toBe('thongtindoingoai.example.vn');
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('is no obstacle to a first build into a folder that does not exist yet', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-previous-'));
    try {
      await build(path.join(parent, 'out/site'));
      expect(fs.readdirSync(parent)).toEqual([]);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('stays where it is when it is a link: Astro empties what it points to', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-previous-'));
    try {
      fs.mkdirSync(path.join(parent, 'site'));
      fs.symlinkSync(path.join(parent, 'site'), path.join(parent, 'dist'));
      await build(path.join(parent, 'dist'));
      expect(fs.lstatSync(path.join(parent, 'dist')).isSymbolicLink()).toBe(true);
      expect(fs.readdirSync(parent).sort()).toEqual(['dist', 'site']);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
