import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { imageLimits, imageProblems } from '../../src/content/check-images.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { readUiResources } from '../../src/i18n/resources.ts';
import { safeMdx } from '../../src/markdown/safe-mdx.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = 'tests/fixtures/editor-mistakes';
const problems = (await checkContent({ contentDir: path.join(root, fixture), root, uiResources: readUiResources(path.join(root, 'src/i18n/translations')) })).map(formatProblem);
const at = (file: string) => problems.filter((problem) => problem.startsWith(`${fixture}/${file}`));

describe('content cannot run code', () => {
  const unsafe = at('news/unsafe-mdx/vi.mdx:');

  it('refuses import and export', () => {
    expect(unsafe).toContain(`${fixture}/news/unsafe-mdx/vi.mdx:7 — \`import\` and \`export\` are not allowed: content cannot run code — remove the line; Figure, Gallery, KeyFigures, Callout, Video are available without import`);
  });

  it('refuses JavaScript expressions, but lets an editor leave a {/* comment */}', () => {
    expect(unsafe).toContain(`${fixture}/news/unsafe-mdx/vi.mdx:9 — {1 + 1} is a JavaScript expression, which content cannot contain — write the text itself; for a literal brace write \\{`);
    expect(unsafe.filter((problem) => problem.includes('Ghi chú của biên tập viên'))).toEqual([]);
  });

  it('refuses <script>, <style> and event handlers', () => {
    expect(unsafe).toContain(`${fixture}/news/unsafe-mdx/vi.mdx:11 — <script> — <script> would run code in readers’ browsers — remove it; for a video write <Video youtube="…" title="…" />`);
    expect(unsafe).toContainEqual(expect.stringMatching(/:13 — <style> — <style> would change the design of the whole site/));
    expect(unsafe).toContain(`${fixture}/news/unsafe-mdx/vi.mdx:15 — span onClick — event handler attributes run code in readers’ browsers — remove it`);
    expect(unsafe).toContainEqual(expect.stringMatching(/:17 — Callout — \{\.\.\.props\} spreads code into the element/));
  });

  it('allows only the registered components, and only their props', () => {
    expect(unsafe).toContain(`${fixture}/news/unsafe-mdx/vi.mdx:19 — <Map> — <Map> is not a known component — use one of: Figure, Gallery, KeyFigures, Callout, Video`);
    expect(unsafe).toContain(`${fixture}/news/unsafe-mdx/vi.mdx:23 — Figure alt — <Figure> has no alt — add alt="…" to the <Figure>`);
    expect(unsafe).toContain(`${fixture}/news/unsafe-mdx/vi.mdx:23 — Figure size — <Figure> has no prop "size" — remove it or correct its spelling; <Figure> takes src, alt, credit, licence, caption`);
  });

  it('allows a small list of inline HTML, and nothing else', () => {
    expect(unsafe).toContainEqual(expect.stringMatching(/:21 — <div> — <div> is not allowed in content — .*the HTML allowed is abbr, b, /));
    expect(unsafe.filter((problem) => /:(29|31) /.test(problem))).toEqual([]);
  });

  it('refuses Markdown images, which carry no credit, and javascript: links', () => {
    expect(unsafe).toContainEqual(expect.stringMatching(/:25 — image — a Markdown image has no credit or licence — write <Figure/));
    expect(unsafe).toContainEqual(expect.stringMatching(/:27 — link — the link "javascript:alert\(1\)" would run code/));
  });

  it('reports each unsafe construct once', () => {
    expect(unsafe).toHaveLength(14);
  });

  it('is refused by the MDX compiler too, not only by the check', () => {
    const source = 'Hello\n\n<script>alert(1)</script>\n';
    expect(() => mdxToJs(source, { mdastPlugins: [safeMdx], fileURL: new URL(`file://${root}/content/news/x/vi.mdx`) })).toThrow(
      /content\/news\/x\/vi.mdx:3 — <script> — <script> would run code/,
    );
    expect(() => mdxToJs('<Callout type="note">Hi</Callout>\n', { mdastPlugins: [safeMdx] })).not.toThrow();
  });

  it('is refused by the MDX compiler for every construct the check refuses, nested ones too', () => {
    const file = path.join(root, fixture, 'news/unsafe-mdx/vi.mdx');
    const [, frontMatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(fs.readFileSync(file, 'utf8'))!;
    const nested = '\n<Callout type="note">\n  [Bấm](javascript:alert(2)) và {2 + 2}\n</Callout>\n';
    let refusal = '';
    try {
      mdxToJs(body + nested, { mdastPlugins: [safeMdx], fileURL: new URL(`file://${file}`) });
    } catch (error) {
      refusal = String(error);
    }
    // The compiler counts lines from the body's first; the check, from the file's.
    const offset = frontMatter.split('\n').length - 1;
    const refused = [...refusal.matchAll(/vi\.mdx:(\d+) — (.*)/g)].map(([, line, rest]) => `${Number(line) + offset} — ${rest}`);
    // A missing image file is the check's to find (the build resolves images later), not the compiler's.
    const mdxRules = unsafe.filter((problem) => !problem.includes('no image at'));
    expect(refused).toEqual([...mdxRules.map((problem) => problem.replace(/^.*vi\.mdx:/, '')), expect.stringMatching(/javascript:alert\(2\)/), expect.stringMatching(/\{2 \+ 2\}/)]);
  });
});

describe('terminology and sovereignty rules', () => {
  const terms = at('news/forbidden-terms/');

  it('report a forbidden term with its replacement, in front matter and body', () => {
    expect(terms).toContain(
      `${fixture}/news/forbidden-terms/en.mdx:2 — title — "South China Sea" is not used on this site: "East Sea" is the English name of Biển Đông — write "East Sea"; if you are quoting someone, put the quote in quotation marks and add allowQuoted: ["South China Sea"] to the front matter`,
    );
  });

  it('report a wrong form of an official name from the glossary', () => {
    expect(terms).toContainEqual(expect.stringMatching(/en.mdx:8 — "Department of Culture, Sport and Tourism" is not used on this site: "Department of Culture, Sports and Tourism" is the official name of Sở Văn hóa, Thể thao và Du lịch/));
  });

  it('let an editor allow a quoted occurrence explicitly, and only a quoted one', () => {
    expect(terms.filter((problem) => problem.includes('en.mdx:12 '))).toEqual([]);
    expect(terms).toContainEqual(expect.stringMatching(/en.mdx:10 — "South China Sea" is not used/));
  });

  it('report an allowance the item no longer needs', () => {
    expect(terms).toContain(`${fixture}/news/forbidden-terms/en.mdx:6 — allowQuoted — "Gulf of Siam" does not occur in this item — remove it from allowQuoted`);
  });

  it('apply to the locale they are written for', () => {
    expect(terms.filter((problem) => problem.includes('vi.mdx'))).toEqual([]);
    expect(terms).toHaveLength(4);
  });
});

describe('images', () => {
  const images = at('destinations/oversized/');

  it('need alt text and credit in every locale', () => {
    expect(images).toContain(`${fixture}/destinations/oversized/vi.mdx:7 — image.alt — is required — add alt: with text`);
    expect(images).toContain(`${fixture}/destinations/oversized/vi.mdx:9 — Figure credit — <Figure> has no credit — add credit="…" to the <Figure>`);
    expect(images.filter((problem) => problem.includes('en.mdx'))).toEqual([]);
  });

  it('are refused when larger than 8000 px, with their size', () => {
    expect(images).toContain(`${fixture}/destinations/oversized/toan-canh.png — the image is 8001 × 2 px, more than 8000 px on a side — resize it to at most 8000 px on its longer side`);
  });

  it('are refused when larger than 20 MB, with their size', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-image-'));
    fs.writeFileSync(path.join(dir, 'camera.jpg'), '');
    fs.truncateSync(path.join(dir, 'camera.jpg'), imageLimits.bytes + 1024 * 1024);
    const found = (await imageProblems(dir, new Set([path.join(dir, 'camera.jpg')]), (file) => path.basename(file))).map(formatProblem);
    expect(found).toEqual(['camera.jpg — the image is 21.0 MB, more than 20.0 MB — export it at most 8000 px wide as a JPEG of quality 85–90']);
  });

  it('that nothing uses are reported, as a warning', () => {
    expect(images).toContain(`${fixture}/destinations/oversized/khong-dung.jpg — warning: no content uses this image — use it in a <Figure> or as image: in front matter, or delete it`);
    expect(images.filter((problem) => problem.includes('anh-bia.jpg'))).toEqual([]);
  });
});

describe('internal links', () => {
  const links = at('news/links/');

  it('to a missing page are reported with file and line', () => {
    expect(links).toContain(`${fixture}/news/links/en.mdx:12 — link — the link "/en/news/no-such-item/" leads to no page of the site — correct the path: copy it from the address bar of the built page`);
  });

  it('to a missing anchor are reported', () => {
    expect(links).toContain(`${fixture}/news/links/en.mdx:14 — link — the link "/en/localities/hanoi/#history" names the anchor #history, which the page does not have — correct the anchor; that page has no headings to link to`);
  });

  it('to the other locale are reported when the same-locale page exists', () => {
    expect(links).toContain(`${fixture}/news/links/en.mdx:16 — link — the link "/vi/tin-tuc/lien-ket/" leads to the page in vi, but the page exists in en too — link to /en/news/links/`);
  });

  it('that are relative are reported, since they break on fallback pages and in feeds', () => {
    expect(links).toContainEqual(expect.stringMatching(/en.mdx:18 — link — the link "..\/links\/" is relative/));
  });

  it('to pages, folded heading anchors and other sites pass', () => {
    expect(links.filter((problem) => problem.includes('vi.mdx') || problem.includes('en.mdx:10 '))).toEqual([]);
    expect(links).toHaveLength(4);
  });
});
