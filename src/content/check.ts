/**
 * The content check: every problem in `content/` and the UI strings at once,
 * each with its file, line and field, before anything is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parseYaml, readFrontMatter, type FrontMatter, type PositionedYaml } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { sectionSchema, siteSchema, terminologySchema, type SiteSettings } from './schema.ts';
import { isSectionId, sectionIds, type SectionId } from './sections.ts';
import { checkBody, type BodyFacts } from './check-body.ts';
import { imageExtensions, imageProblems } from './check-images.ts';
import { linkProblems } from './check-links.ts';
import { buildDate, isPublic, type PublicationFields } from './publication.ts';
import { termFindings, termRules, unusedAllowances, type TermRule } from './terminology.ts';
import { missingUiStrings, type UiResource } from '../i18n/resources.ts';
import { buildRoutes, itemPath, localizedSegments, type RoutableItem, type RoutingOptions } from '../routing/routes.ts';
import { slugify } from '../routing/slugs.ts';

export interface CheckOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder (the project). */
  root: string;
  uiResources: Record<string, UiResource>;
}

interface ParsedVersion {
  file: string;
  locale: string;
  fm: PositionedYaml;
  data: Record<string, unknown>;
  body: BodyFacts;
}

/** What checking one section needs to know of the whole site. */
interface SectionContext {
  locales: string[];
  rules: TermRule[];
  rel: (file: string) => string;
  problems: Problem[];
}

export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  const rel = (file: string) => path.relative(options.root, file).split(path.sep).join('/');
  const site = checkSite(path.join(options.contentDir, 'site.yaml'), rel, problems);
  if (!site) return problems;
  const locales = site.locales.map((locale) => locale.code);
  checkLocalizedSettings(site, locales, rel(path.join(options.contentDir, 'site.yaml')), problems);
  checkUiStrings(options.uiResources, locales, problems);
  const context: SectionContext = { locales, rules: readTermRules(path.join(options.contentDir, 'terminology.yaml'), rel, problems), rel, problems };

  const versions = new Map<SectionId, Map<string, ParsedVersion[]>>();
  for (const entry of listDir(options.contentDir)) {
    const full = path.join(options.contentDir, entry);
    if (!fs.statSync(full).isDirectory()) continue;
    if (!isSectionId(entry)) {
      problems.push({
        file: rel(full),
        message: `"${entry}" is not a section`,
        fix: `move its items into one of: ${sectionIds.join(', ')}`,
      });
      continue;
    }
    versions.set(entry, await checkSection(entry, full, context));
  }
  checkReferences(versions, problems);
  if (Object.keys(options.uiResources).length) {
    const before = problems.length;
    checkUrls(versions, site, options.uiResources, problems);
    if (problems.length === before) checkLinks(versions, site, options.uiResources, problems);
  }
  return problems;
}

const listDir = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

function checkSite(file: string, rel: (file: string) => string, problems: Problem[]): SiteSettings | undefined {
  if (!fs.existsSync(file)) {
    problems.push({ file: rel(file), message: 'the site settings file is missing', fix: 'create it: see the README, section "Content format"' });
    return undefined;
  }
  return validate(siteSchema, parseYaml(fs.readFileSync(file, 'utf8')), rel(file), problems);
}

/** Settings given per locale (publisher name, address, credit) must be given for every enabled locale. */
function checkLocalizedSettings(site: SiteSettings, locales: string[], file: string, problems: Problem[]): void {
  if (!locales.includes(site.defaultLocale)) {
    problems.push({ file, field: 'defaultLocale', message: `"${site.defaultLocale}" is not one of the enabled locales (${locales.join(', ')})`, fix: 'set it to one of them' });
  }
  const localized = { 'publisher.name': site.publisher.name, 'publisher.address': site.publisher.address, 'licence.credit': site.licence.credit };
  for (const [field, values] of Object.entries(localized)) {
    for (const locale of locales.filter((locale) => !values[locale])) {
      problems.push({ file, field, message: `has no text for locale "${locale}"`, fix: `add ${locale}: under ${field}` });
    }
  }
}

function checkUiStrings(resources: Record<string, UiResource>, locales: string[], problems: Problem[]): void {
  for (const locale of locales.filter((locale) => !resources[locale])) {
    problems.push({ file: `src/i18n/translations/${locale}.json`, message: `no UI strings for the enabled locale "${locale}"`, fix: 'copy en.json to this name and translate every value' });
  }
  for (const { locale, key } of missingUiStrings(resources, locales.filter((locale) => resources[locale]))) {
    problems.push({ file: `src/i18n/translations/${locale}.json`, field: key, message: `the UI string is missing in locale "${locale}"`, fix: 'add it, translated' });
  }
}

/** The rules of `terminology.yaml`, when the site has one. */
function readTermRules(file: string, rel: (file: string) => string, problems: Problem[]): TermRule[] {
  if (!fs.existsSync(file)) return [];
  const terminology = validate(terminologySchema, parseYaml(fs.readFileSync(file, 'utf8')), rel(file), problems);
  return terminology ? termRules(terminology) : [];
}

async function checkSection(section: SectionId, dir: string, context: SectionContext): Promise<Map<string, ParsedVersion[]>> {
  const { locales, rel, problems } = context;
  const items = new Map<string, ParsedVersion[]>();
  for (const key of listDir(dir)) {
    const itemDir = path.join(dir, key);
    if (!fs.statSync(itemDir).isDirectory()) {
      if (/\.mdx?$/.test(key)) {
        problems.push({ file: rel(itemDir), message: 'content files must be inside an item folder', fix: `move it to ${rel(path.join(dir, key.replace(/\.mdx?$/, '')))}/${locales[0]}.mdx` });
      }
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) {
      problems.push({ file: rel(itemDir), message: `the folder name "${key}" is not a valid item key`, fix: 'rename it with a–z, 0–9 and hyphens only, e.g. dong-hoi' });
    }
    const parsed: ParsedVersion[] = [];
    const imagesUsed = new Set<string>();
    for (const name of listDir(itemDir)) {
      const file = path.join(itemDir, name);
      if (imageExtensions.test(name) || fs.statSync(file).isDirectory()) continue;
      const locale = name.replace(/\.mdx?$/, '');
      if (!name.endsWith('.mdx')) {
        if (name.endsWith('.md')) problems.push({ file: rel(file), message: 'content files are MDX', fix: `rename it to ${locale}.mdx` });
        continue;
      }
      if (!locales.includes(locale)) {
        problems.push({ file: rel(file), message: `"${locale}" is not an enabled locale (${locales.join(', ')})`, fix: `rename the file to one of ${locales.map((l) => `${l}.mdx`).join(', ')}, or add the locale to content/site.yaml` });
        continue;
      }
      const { version, images } = checkVersion(section, file, locale, context);
      for (const src of images) imagesUsed.add(path.resolve(itemDir, src));
      if (version) parsed.push(version);
    }
    problems.push(...(await imageProblems(itemDir, imagesUsed, rel)));
    if (parsed.length) items.set(key, parsed);
  }
  return items;
}

// One schema per section, not per file: zod compiles a schema on its first parse, which took a third of
// the check on 10,000 files. Its image paths resolve against `imageDir`, set before each (synchronous) parse.
let imageDir = '';
const image = () =>
  z.string().refine((src) => fs.existsSync(path.resolve(imageDir, src)), { message: 'no image at this path', params: { fix: 'put the image beside the MDX file and write its path as ./name.jpg' } });
const checkSchemas = new Map<SectionId, ReturnType<typeof sectionSchema>>();

/** The schema of `section`, its image paths read beside a file in `dir`. */
function checkSchema(section: SectionId, dir: string): ReturnType<typeof sectionSchema> {
  imageDir = dir;
  let schema = checkSchemas.get(section);
  if (!schema) checkSchemas.set(section, (schema = sectionSchema(section, image)));
  return schema;
}

/** One locale's file: its parsed version when valid, and the images it names either way. */
function checkVersion(section: SectionId, file: string, locale: string, { rules, rel, problems }: SectionContext): { version?: ParsedVersion; images: string[] } {
  const fm = readFrontMatter(fs.readFileSync(file, 'utf8'));
  if (!fm) {
    problems.push({ file: rel(file), line: 1, message: 'the file has no front matter', fix: 'start it with a --- line, the fields (title:, summary:, publishedAt: …), and another --- line' });
    return { images: [] };
  }
  const dir = path.dirname(file);
  const data = validate(checkSchema(section, dir), fm, rel(file), problems);
  const body = checkBody(fm, dir, rel(file), problems);
  checkTerms(fm, body, locale, rules, rel(file), problems);
  const cover = (fm.data as { image?: { src?: unknown } } | undefined)?.image?.src;
  const media = mediaFiles(fm, dir, rel(file), problems);
  const images = [...body.images, ...(typeof cover === 'string' ? [cover] : []), ...media];
  return { version: data ? { file: rel(file), locale, fm, data, body } : undefined, images };
}

/** The files a media kit names (`media[].file`), each of which must exist beside the MDX file: it is published as it is. */
function mediaFiles(fm: FrontMatter, dir: string, file: string, problems: Problem[]): string[] {
  const media = (fm.data as { media?: unknown } | undefined)?.media;
  const files = (Array.isArray(media) ? media : []).map((entry) => (entry as { file?: unknown } | null)?.file);
  files.forEach((name, index) => {
    if (typeof name === 'string' && !fs.existsSync(path.resolve(dir, name))) {
      problems.push({ file, line: fm.lineOf(['media', index, 'file']), field: `media.${index}.file`, message: `no file at ${name}`, fix: 'put the file beside the MDX file and write its path as ./name.png' });
    }
  });
  return files.filter((name): name is string => typeof name === 'string');
}

/** Terminology rules over everything the version says; `allowQuoted` lets quotations through. */
function checkTerms(fm: FrontMatter, body: BodyFacts, locale: string, rules: TermRule[], file: string, problems: Problem[]): void {
  const allowed = (fm.data as { allowQuoted?: unknown } | undefined)?.allowQuoted;
  const allowQuoted = Array.isArray(allowed) ? allowed.map(String) : [];
  const texts = body.texts;
  for (const finding of termFindings(texts, rules, locale, allowQuoted)) problems.push({ file, ...finding });
  for (const term of unusedAllowances(texts, allowQuoted)) {
    problems.push({ file, line: fm.lineOf(['allowQuoted', allowQuoted.indexOf(term)]), field: 'allowQuoted', message: `"${term}" does not occur in this item`, fix: 'remove it from allowQuoted' });
  }
}

/** Validates data against a schema and turns every zod issue into a problem with its line. */
function validate<T extends z.ZodType>(schema: T, fm: PositionedYaml, file: string, problems: Problem[]): z.infer<T> | undefined {
  for (const error of fm.errors) {
    problems.push({ file, line: error.line, message: `the YAML cannot be read: ${error.message}`, fix: 'check the indentation and quote text that contains a colon' });
  }
  if (fm.errors.length) return undefined;
  const result = schema.safeParse(fm.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(...issueProblems(issue, fm, file));
  return undefined;
}

function issueProblems(issue: z.core.$ZodIssue, fm: PositionedYaml, file: string): Problem[] {
  const field = issue.path.join('.');
  const line = fm.lineOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      line: fm.lineOf([...issue.path, key]),
      field: [...issue.path, key].join('.'),
      message: 'is not a known field',
      fix: 'remove it or correct its spelling',
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ file, line, field, message: 'is required', fix: `add ${String(issue.path.at(-1))}: with ${describeExpected(issue.expected)}` }];
  }
  if (issue.code === 'invalid_type') {
    const message = issue.message.startsWith('Invalid input') ? `expected ${describeExpected(issue.expected)}` : issue.message;
    return [{ file, line, field, message: `${message}, found ${describeInput(issue.input)}`, fix: `write ${describeExpected(issue.expected)}` }];
  }
  if (issue.code === 'invalid_value') {
    return [{ file, line, field, message: `${describeInput(issue.input)} is not allowed`, fix: `use one of: ${issue.values.join(', ')}` }];
  }
  if (field === 'slug' && typeof issue.input === 'string') {
    return [{ file, line, field, message: `"${issue.input}" cannot be part of a URL`, fix: `write slug: ${slugify(issue.input)}` }];
  }
  const fix = (issue.code === 'custom' && (issue.params as { fix?: string } | undefined)?.fix) || fixFor(issue);
  return [{ file, line, field, message: issue.message, fix }];
}

const expectations: Record<string, string> = {
  date: 'a date as YYYY-MM-DD, e.g. 2025-11-17',
  number: 'a number, e.g. 17.5 (no units, no thousands separators)',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};
const describeExpected = (expected: string) => expectations[expected] ?? expected;

const describeInput = (input: unknown) =>
  input === null ? 'nothing' : typeof input === 'string' ? `the text "${input}"` : Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'a group of fields' : `${typeof input} ${String(input)}`;

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return `give at least ${String(issue.minimum)}`;
    case 'too_big':
      return `give at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'correct the value as described' : `write a valid ${issue.format}`;
    default:
      return 'correct the value as described';
  }
}

/** References to other items (locality, destinations, events, parent) must name existing folders. */
function checkReferences(versions: Map<SectionId, Map<string, ParsedVersion[]>>, problems: Problem[]): void {
  const exists = (section: SectionId, key: string) => versions.get(section)?.has(key) ?? false;
  const references: [string, SectionId][] = [
    ['locality', 'localities'],
    ['parent', 'localities'],
    ['destinations', 'destinations'],
    ['events', 'events'],
    ['venue.locality', 'localities'],
  ];
  for (const items of versions.values()) {
    for (const version of [...items.values()].flat()) {
      for (const [field, target] of references) {
        const fieldPath = field.split('.');
        const value = fieldPath.reduce<unknown>((data, step) => (data as Record<string, unknown> | undefined)?.[step], version.data);
        const keys = Array.isArray(value) ? value : value === undefined ? [] : [value];
        keys.forEach((key, index) => {
          if (exists(target, String(key))) return;
          const at = Array.isArray(value) ? [...fieldPath, index] : fieldPath;
          problems.push({
            file: version.file,
            line: version.fm.lineOf(at),
            field: at.join('.'),
            message: `there is no item "${String(key)}" in content/${target}/`,
            fix: `use the folder name of an item in content/${target}/`,
          });
        });
      }
    }
  }
}

/** The routing the build will use, from the site settings and the UI strings' localized segments. */
function routingOf(site: SiteSettings, ui: Record<string, UiResource>): RoutingOptions {
  const locales = site.locales.map((locale) => locale.code);
  const segment = (locale: string, name: string) => ((ui[locale]?.routes as UiResource | undefined)?.[name] as string | undefined) ?? name;
  return { locales, pageSize: site.pageSize, segments: localizedSegments(locales, segment) };
}

/** An item as the router sees it, made of the given versions; the source is the default locale's when there is one. */
function routable(section: SectionId, key: string, versions: ParsedVersion[], defaultLocale: string): RoutableItem & { sourceVersion: ParsedVersion } {
  const sourceVersion = versions.find((version) => version.locale === defaultLocale) ?? versions[0];
  return {
    section,
    key,
    source: sourceVersion.locale,
    sourceVersion,
    versions: Object.fromEntries(versions.map((version) => [version.locale, { slug: version.data.slug as string | undefined }])),
  };
}

/** Two items may not ask for the same URL in one locale, untranslated fallbacks included. */
function checkUrls(versions: Map<SectionId, Map<string, ParsedVersion[]>>, site: SiteSettings, ui: Record<string, UiResource>, problems: Problem[]): void {
  const routing = routingOf(site, ui);
  const owners = new Map<string, ParsedVersion[]>();
  for (const [section, items] of versions) {
    for (const [key, parsed] of items) {
      const item = routable(section, key, parsed, site.defaultLocale);
      for (const locale of routing.locales) {
        const url = itemPath(routing, item, locale);
        const owner = parsed.find((version) => version.locale === locale) ?? item.sourceVersion;
        owners.set(url, [...(owners.get(url) ?? []), owner]);
      }
    }
  }
  // One problem per file and rival, naming every URL they both want (fallback pages included).
  const clashes = new Map<string, { version: ParsedVersion; others: string[]; urls: string[] }>();
  for (const [url, clash] of owners) {
    if (clash.length < 2) continue;
    for (const version of clash) {
      const others = clash.filter((other) => other !== version).map((other) => other.file);
      const id = `${version.file} ${others.join(' ')}`;
      const entry = clashes.get(id) ?? { version, others, urls: [] };
      entry.urls.push(url);
      clashes.set(id, entry);
    }
  }
  for (const { version, others, urls } of clashes.values()) {
    problems.push({
      file: version.file,
      line: version.fm.lineOf(['slug']),
      field: 'slug',
      message: `${urls.join(' and ')} ${urls.length > 1 ? 'are' : 'is'} also wanted by ${others.join(', ')}`,
      fix: 'give one of them a different slug: in its front matter',
    });
  }
}

/** Links in content, against the pages the build will make of what is public now. */
function checkLinks(versions: Map<SectionId, Map<string, ParsedVersion[]>>, site: SiteSettings, ui: Record<string, UiResource>, problems: Problem[]): void {
  const routing = routingOf(site, ui);
  const now = buildDate();
  const items = [...versions].flatMap(([section, byKey]) =>
    [...byKey].flatMap(([key, parsed]) => {
      const published = parsed.filter((version) => isPublic(version.data as unknown as PublicationFields, now));
      return published.length ? [routable(section, key, published, site.defaultLocale)] : [];
    }),
  );
  const routes = buildRoutes(routing, items, (_section, keys) => keys);
  const version = (section: SectionId, key: string, locale: string) => versions.get(section)?.get(key)?.find((candidate) => candidate.locale === locale);
  const linking = [...versions].flatMap(([section, byKey]) =>
    [...byKey].flatMap(([key, parsed]) => {
      const item = routable(section, key, parsed, site.defaultLocale);
      return parsed.map((entry) => ({ file: entry.file, locale: entry.locale, path: itemPath(routing, item, entry.locale), links: entry.body.links }));
    }),
  );
  problems.push(...linkProblems(linking, routes, (route) => (route.kind === 'item' ? version(route.section, route.key, route.contentLocale)?.body.anchors : undefined), site.url));
}
