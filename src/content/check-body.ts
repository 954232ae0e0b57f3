/**
 * The content check of one MDX body and its front matter's text: safe MDX,
 * component props, images the body names, and what the link and terminology
 * checks need (links, heading anchors, texts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FrontMatter } from './frontmatter.ts';
import { attributeValue, lineOf, parseBody, textOf, walk, type BodyNode } from './mdx-body.ts';
import { imageProps, type ContentComponent } from './mdx-components.ts';
import { mdxFindings } from './mdx-rules.ts';
import type { Problem } from './problems.ts';
import type { WrittenText } from './terminology.ts';
import { headingIdMaker } from '../markdown/heading-ids.ts';

export interface BodyFacts {
  /** Link targets as written, with their file lines. */
  links: { url: string; line: number }[];
  /** The ids the build gives the body's headings. */
  anchors: string[];
  /** Image paths the body names, relative to the MDX file. */
  images: string[];
  /** Everything a reader reads, body and front matter, for the terminology rules. */
  texts: WrittenText[];
}

/** Props whose text readers see (alt text counts: screen readers read it). */
const readableProps = ['alt', 'caption', 'credit', 'title'];
/** Front-matter fields that hold keys, paths and addresses, not prose. */
const notProse = new Set(['slug', 'src', 'url', 'email', 'phone', 'locality', 'parent', 'destinations', 'events', 'allowQuoted', 'id', 'youtube']);

export function checkBody(fm: FrontMatter, dir: string, file: string, problems: Problem[]): BodyFacts {
  const facts: BodyFacts = { links: [], anchors: [], images: [], texts: frontMatterTexts(fm) };
  const fileLine = (bodyLine: number) => fm.bodyLine + bodyLine - 1;
  const parsed = parseBody(fm.body);
  if ('error' in parsed) {
    problems.push({ file, ...parsed.error, line: fileLine(parsed.error.line) });
    return facts;
  }
  for (const finding of mdxFindings(parsed.tree)) problems.push({ file, ...finding, line: fileLine(finding.line) });

  const nextAnchor = headingIdMaker();
  walk(parsed.tree, (node, ancestors) => {
    const line = fileLine(lineOf(node));
    if (node.type === 'heading' && (node.depth ?? 1) >= 2) facts.anchors.push(nextAnchor(textOf(node)));
    if ((node.type === 'link' || node.type === 'definition') && node.url) facts.links.push({ url: node.url, line });
    if (node.type === 'text') facts.texts.push({ text: String(node.value), line, quoted: ancestors.some(isQuotation) });
    if (!node.type.startsWith('mdxJsx') || !node.name) return;
    for (const prop of readableProps) {
      const text = attributeValue(node, prop);
      if (text) facts.texts.push({ text, line, field: `${node.name} ${prop}`, quoted: false });
    }
    for (const prop of imageProps[node.name as ContentComponent] ?? []) {
      const src = attributeValue(node, prop);
      if (!src) continue;
      facts.images.push(src);
      if (!fs.existsSync(path.resolve(dir, src))) {
        problems.push({ file, line, field: `${node.name} ${prop}`, message: `no image at ${src}`, fix: 'put the image beside the MDX file and write its path as ./name.jpg' });
      }
    }
  });
  return facts;
}

const isQuotation = (node: BodyNode) => node.type === 'blockquote' || (node.type.startsWith('mdxJsx') && node.name === 'q');

/** Every prose string of the front matter, with its line; a clarification's claim is a quotation. */
function frontMatterTexts(fm: FrontMatter): WrittenText[] {
  const texts: WrittenText[] = [];
  const visit = (value: unknown, at: (string | number)[]) => {
    if (typeof value === 'string') {
      texts.push({ text: value, line: fm.lineOf(at), field: at.join('.'), quoted: at[0] === 'claim' && at[1] === 'text' });
    } else if (Array.isArray(value)) {
      value.forEach((entry, index) => visit(entry, [...at, index]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, entry] of Object.entries(value)) if (!notProse.has(key)) visit(entry, [...at, key]);
    }
  };
  visit(fm.data, []);
  return texts;
}
