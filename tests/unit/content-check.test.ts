import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { readUiResources } from '../../src/i18n/resources.ts';

const root = path.resolve(import.meta.dirname, '../..');
const check = async (fixture: string) =>
  (await checkContent({ contentDir: path.join(root, 'tests/fixtures', fixture), root, uiResources: readUiResources(path.join(root, 'src/i18n/translations')) })).map(formatProblem);
const problems = await check('broken-content');
const broken = 'tests/fixtures/broken-content';

describe('the content check', () => {
  it('finds nothing wrong with valid content', async () => {
    expect(await check('small-site')).toEqual([]);
  });


  it('names a missing required field with its file and line', () => {
    expect(problems).toContain(`${broken}/destinations/missing-title/vi.mdx:2 — title — is required — add title: with text`);
  });

  it('names a value of the wrong type and what was found', () => {
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${broken}/destinations/wrong-type/vi.mdx:7 — coordinates.lat — expected a number.*found the text "mười bảy"`)));
  });

  it('refuses a file for a locale that is not enabled', () => {
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${broken}/culture/unknown-locale/fr.mdx — "fr" is not an enabled locale \\(vi, en\\)`)));
  });

  it('refuses a date that does not parse, showing it', () => {
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${broken}/news/bad-date/vi.mdx:4 — publishedAt — expected a date written as YYYY-MM-DD.*"31/02/2025"`)));
  });

  it('names both files that want the same URL', () => {
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${broken}/news/dup-a/vi.mdx:4 — slug — /vi/tin-tuc/cung-duong-dan/ .*also wanted by ${broken}/news/dup-b/vi.mdx`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${broken}/news/dup-b/vi.mdx:4 — slug — .*also wanted by ${broken}/news/dup-a/vi.mdx`)));
  });

  it('names an image that does not exist, in front matter and in the body', () => {
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${broken}/destinations/missing-image/vi.mdx:8 — image.src — no image at this path`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${broken}/destinations/missing-image/vi.mdx:15 — Figure src — no image at ./cung-khong-co.jpg`)));
  });

  it('looks for an image beside its own file, not beside the file checked before it', async () => {
    // Every file of a section is validated by one schema: the second item names the first one's photo.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-check-'));
    try {
      fs.cpSync(path.join(root, 'tests/fixtures/small-site'), dir, { recursive: true });
      const original = fs.readFileSync(path.join(dir, 'destinations/ho-guom/vi.mdx'), 'utf8');
      fs.mkdirSync(path.join(dir, 'destinations/ho-tay'));
      fs.writeFileSync(path.join(dir, 'destinations/ho-tay/vi.mdx'), original.replace('title: Hồ Gươm', 'title: Hồ Tây').replace(/\n<Figure[^\n]*\n/, '\n'));
      const found = (await checkContent({ contentDir: dir, root: dir, uiResources: readUiResources(path.join(root, 'src/i18n/translations')) })).map(formatProblem);
      expect(found).toEqual([expect.stringMatching(/^destinations\/ho-tay\/vi.mdx:8 — image.src — no image at this path/)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('suggests the folded slug for a slug written in Vietnamese', () => {
    expect(problems).toContain(`${broken}/destinations/accented-slug/vi.mdx:4 — slug — "Đồng Hới" cannot be part of a URL — write slug: dong-hoi`);
  });

  it('refuses a media-kit file that is not beside the page, since it is published as it is', () => {
    expect(problems).toContain(`${broken}/pages/missing-media/vi.mdx:7 — media.0.file — no file at ./khong-co.png — put the file beside the MDX file and write its path as ./name.png`);
  });

  it('reports one message per problem, and no more', () => {
    expect(problems).toHaveLength(10);
  });
});

describe('the content check of UI strings', () => {
  const resources = readUiResources(path.join(root, 'src/i18n/translations'));
  const run = async (uiResources: typeof resources) => (await checkContent({ contentDir: path.join(root, 'tests/fixtures/small-site'), root, uiResources })).map(formatProblem);

  it('fails on a key one enabled locale lacks, naming key and locale', async () => {
    const { notFound, ...withoutNotFound } = resources.en as Record<string, any>;
    const { title, ...rest } = notFound;
    expect(await run({ ...resources, en: { ...withoutNotFound, notFound: rest } })).toEqual([
      'src/i18n/translations/en.json — notFound.title — the UI string is missing in locale "en" — add it, translated',
    ]);
  });

  it('fails on an enabled locale without UI strings', async () => {
    const { en, ...onlyVietnamese } = resources;
    expect(await run(onlyVietnamese)).toEqual(['src/i18n/translations/en.json — no UI strings for the enabled locale "en" — copy en.json to this name and translate every value']);
  });
});
