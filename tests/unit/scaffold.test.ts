import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { scaffoldItem } from '../../src/content/scaffold.ts';
import { sectionIds } from '../../src/content/sections.ts';
import { sectionSchema } from '../../src/content/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const frontMatter = (text: string) => parse(text.split('---')[1]);

describe('a new item', () => {
  it('gets a folder named by its folded title and a stub per locale', () => {
    const scaffold = scaffoldItem('destination', 'Động Phong Nha', ['vi', 'en'], '2026-11-23');
    expect(scaffold.key).toBe('dong-phong-nha');
    expect(scaffold.files.map((file) => file.path)).toEqual(['destinations/dong-phong-nha/vi.mdx', 'destinations/dong-phong-nha/en.mdx']);
    expect(frontMatter(scaffold.files[0].text)).toMatchObject({ title: 'Động Phong Nha', draft: true });
    expect(scaffold.files[1].text).toContain('# translate into en');
  });

  it('has the front matter its section requires, as a draft, in every section', () => {
    for (const section of sectionIds) {
      for (const file of scaffoldItem(section, 'Tên mục mới', ['vi', 'en'], '2026-11-23').files) {
        const result = sectionSchema(section, () => z.string()).safeParse(frontMatter(file.text));
        expect(result.success, `${file.path}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
        expect(result.data?.draft, file.path).toBe(true);
      }
    }
  });

  it('refuses a section that does not exist, naming the sections', () => {
    expect(() => scaffoldItem('hotels', 'Khách sạn', ['vi'], '2026-11-23')).toThrow(/"hotels" is not a section\. Choose one of: localities, destinations/);
  });
});

describe('npm run new', () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync('node', ['scripts/new.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SEN_CONTENT_DIR: contentDir } });

  it('creates the stubs, and refuses to overwrite them the second time', () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-new-'));
    fs.cpSync(path.join(root, 'tests/fixtures/small-site'), contentDir, { recursive: true });
    const first = run(contentDir, 'destination', 'Động Phong Nha');
    expect(first.status, first.stderr).toBe(0);
    const stub = path.join(contentDir, 'destinations/dong-phong-nha/vi.mdx');
    fs.appendFileSync(stub, 'What the editor wrote.\n');
    const second = run(contentDir, 'destination', 'Động Phong Nha');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists: nothing was written');
    expect(fs.readFileSync(stub, 'utf8')).toContain('What the editor wrote.');
  });

  it('gives stubs that the content check accepts', () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-new-'));
    fs.cpSync(path.join(root, 'tests/fixtures/small-site'), contentDir, { recursive: true });
    for (const section of sectionIds) expect(run(contentDir, section, `Mục mới ${section}`).status).toBe(0);
    const check = spawnSync('node', ['scripts/check.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, SEN_CONTENT_DIR: contentDir } });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
