/**
 * A new item's first files: one MDX stub per locale with the front matter
 * its section requires, kept a draft until the editor has filled it in.
 */
import { slugify } from '../routing/slugs.ts';
import { sectionIds, type SectionId } from './sections.ts';
import { sourceHash, sourceHashLine } from './translation-status.ts';

/** The fields a section requires beyond title, summary and date, with their choices in comments. */
const sectionFields: Record<SectionId, (date: string) => string[]> = {
  localities: () => ['kind: province  # province, city, commune, ward or special-zone', 'coordinates: { lat: 0, lon: 0 }  # the real position, e.g. { lat: 17.47, lon: 106.62 }'],
  destinations: () => [
    'kind: nature  # national-park, heritage, nature, town, border-gate, religious-site or landmark',
    'coordinates: { lat: 0, lon: 0 }  # the real position, e.g. { lat: 17.47, lon: 106.62 }',
  ],
  culture: () => ['category: heritage  # heritage, festival, cuisine, craft or community'],
  news: () => ['kind: news  # news or press-release'],
  events: (date) => [
    'kind: culture  # festival, investment-promotion, trade, delegation, anniversary, press-briefing or culture',
    `startDate: ${date}`,
    'venue:',
    '  name: "…"',
  ],
  investment: () => [
    'kind: project  # project, incentive, zone or guide',
    '# A project needs, before it is published: locality, sector, area: { value, unit }, capital: { vnd, usd }, form, status and contact: { name, … }',
  ],
  clarifications: (date) => [
    'claim:',
    '  text: "…"  # the claim, quoted',
    '  appearedIn: "…"  # where it appeared',
    `  appearedAt: ${date}`,
    'verdict: "false"  # false, misleading, distorted or unverified',
    'agency: "…"  # the agency that answers',
    'sources:',
    '  - title: "…"',
  ],
  pages: () => ['role: other  # about, contact, spokesperson or other'],
};

export interface Scaffold {
  /** The item's folder name: its title folded to a slug. */
  key: string;
  files: { locale: string; path: string; text: string }[];
}

/** The section an editor names, in the plural of its folder or the singular: `destinations` or `destination`. */
const sectionNamed = (name: string): SectionId | undefined =>
  sectionIds.find((id) => id === name || id === `${name}s` || id === name.replace(/y$/, 'ies'));

/** The stubs of a new item of `sectionName` titled `title`, dated `date` (YYYY-MM-DD), one per locale. */
export function scaffoldItem(sectionName: string, title: string, locales: string[], date: string): Scaffold {
  const section = sectionNamed(sectionName);
  if (!section) throw new Error(`"${sectionName}" is not a section. Choose one of: ${sectionIds.join(', ')}`);
  const key = slugify(title);
  if (!key) throw new Error(`"${title}" gives no slug: write a title with letters or digits`);
  const frontMatter = (locale: string, translatedFrom?: string) => [
    '---',
    `title: ${JSON.stringify(title)}${translatedFrom ? `  # translate into ${locale}` : ''}`,
    'summary: "…"  # one sentence that says what this is',
    `publishedAt: ${date}`,
    'draft: true  # remove this line when the item is ready to publish',
    ...sectionFields[section](date),
    // A translation stub is made from the source stub, and says so: once the source is written, it is reported out of date until translated and marked.
    ...(translatedFrom ? [`${sourceHashLine(translatedFrom)}  # the version of the ${locales[0]} file this was made from; once translated, run npm run translations -- --mark <this file>`] : []),
    '---',
    '',
    '…',
    '',
  ];
  const source = frontMatter(locales[0]).join('\n');
  return {
    key,
    files: locales.map((locale, index) => ({ locale, path: `${section}/${key}/${locale}.mdx`, text: index === 0 ? source : frontMatter(locale, sourceHash(source)).join('\n') })),
  };
}
