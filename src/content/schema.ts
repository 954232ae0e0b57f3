/**
 * The shapes of Sen's content: one zod schema per section, shared by Astro's
 * content collections and by Sen's own content check, so that both read the
 * same rules.
 */
import { z } from 'astro/zod';
import { sectionIds, type SectionId } from './sections.ts';

/** The schema of one image field; Astro passes its `image()` helper, the check passes a path check. */
export type ImageField = () => z.ZodType;

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date or date-time as YAML writes it (`2025-11-17`), never free text. */
export const dateField = z.preprocess(
  (value) => (typeof value === 'string' && isoDate.test(value.trim()) ? new Date(value.trim()) : value),
  z.date({ error: 'expected a date written as YYYY-MM-DD, for example 2025-11-17' }),
).refine((date) => !Number.isNaN(date.getTime()), 'this date does not exist; write it as YYYY-MM-DD');

/** Required, non-empty text, with an error that names what was expected. */
export const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, `${what} must not be empty`);

/** A URL slug: lower-case ASCII letters, digits and hyphens. */
export const slugField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug uses only a–z, 0–9 and single hyphens, e.g. dong-hoi');

/** The key of another content item: the name of its folder. */
const itemKey = (section: string) =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `expected the folder name of an item in content/${section}/`);

export const coordinatesField = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** A person named in content: typed, never buried in prose. */
export const personField = z.object({
  name: text('the person’s name'),
  position: text('the person’s position').optional(),
  organization: z.string().optional(),
  email: z.email('expected an e-mail address').optional(),
  phone: z.string().optional(),
});

/** A place: the locality it belongs to, and optionally a name, address and coordinates. */
export const placeField = z.object({
  name: text('the place name'),
  address: z.string().optional(),
  locality: itemKey('localities').optional(),
  coordinates: coordinatesField.optional(),
});

/**
 * A file of a media kit (a logo, a photo) that journalists download as it is:
 * it sits beside the MDX file and is published unchanged, never resized.
 */
export const mediaFileField = z.strictObject({
  file: z.string().regex(/^\.\/[\w.-]+\.(?:svg|png|jpe?g|webp|tiff?)$/i, 'expected a file beside the MDX file, written as ./name.png (SVG, PNG, JPEG, WebP or TIFF)'),
  kind: z.enum(['logo', 'photo']),
  title: text('the file’s title'),
  alt: text('alt text describing the file'),
  credit: text('the credit'),
  licence: text('the licence'),
});

/** A figure that investors can trust: every value names its source and year. */
export const keyFigureField = z.object({
  id: slugField.describe('stable id, the same in every language, e.g. population'),
  label: text('the figure’s label'),
  value: z.number({ error: 'expected a number, without units or thousands separators' }),
  unit: z.string().optional(),
  year: z.number().int().min(1900).max(2100),
  source: text('the source of the figure'),
  sample: z.boolean().default(false).describe('true when the figure is illustrative sample data'),
  history: z
    .array(z.object({ year: z.number().int().min(1900).max(2100), value: z.number() }))
    .default([])
    .describe('earlier values, one per year, from the same source; charted with the current value'),
});

/** A way into a locality: an airport, a seaport, a border gate, an expressway… */
export const connectionField = z.object({
  name: text('the name of the connection'),
  kind: z.enum(['airport', 'seaport', 'waterway', 'border-gate', 'expressway', 'railway', 'national-road']),
  notes: z.string().optional(),
});

/** An economic zone or industrial park of a locality. */
export const zoneField = z.object({
  name: text('the name of the zone'),
  kind: z.enum(['economic-zone', 'border-economic-zone', 'industrial-park']),
  notes: z.string().optional(),
});

/** One step of a guide for investors: what to do, with whom, how long it takes. */
export const guideStepField = z.object({
  title: text('the step’s title'),
  text: text('what the investor does in this step'),
  agency: z.string().optional(),
  duration: z.string().optional(),
});

const moneyField = z.object({
  vnd: z.number().positive().optional(),
  usd: z.number().positive().optional(),
});

/** Fields every item has, in every section. */
const itemFields = (image: ImageField) => ({
  title: text('a title'),
  summary: text('a one-sentence summary'),
  slug: slugField.optional(),
  publishedAt: dateField,
  updatedAt: dateField.optional(),
  draft: z.boolean().default(false),
  internal: z.boolean().default(false),
  publishAt: dateField.optional(),
  featured: z.boolean().default(false),
  sample: z.boolean().default(false).describe('true for illustrative demo content; readers see a notice'),
  sourceHash: z
    .string()
    .refine((hash) => /^[0-9a-f]{12}$/.test(hash), {
      message: 'expected the 12 digits 0–9 and a–f of a source version’s hash',
      params: { fix: 'run npm run translations -- --mark on this file rather than editing the line' },
    })
    .optional()
    .describe('in a translation: the hash of the source version it was made from (src/content/translation-status.ts)'),
  locality: itemKey('localities').optional(),
  image: z
    .object({
      src: image(),
      alt: text('alt text describing the image'),
      credit: text('the image credit'),
      licence: text('the image licence'),
    })
    .optional(),
  tags: z.array(z.string()).default([]),
  allowQuoted: z
    .array(text('a term'))
    .default([])
    .describe('forbidden terms this item may show inside quotation marks, e.g. a false claim it quotes'),
});

const sectionFields = {
    localities: {
      kind: z.enum(['province', 'city', 'commune', 'ward', 'special-zone']),
      parent: itemKey('localities').optional(),
      formerNames: z.array(z.string()).default([]),
      coordinates: coordinatesField,
      keyFigures: z.array(keyFigureField).default([]),
      connectivity: z.array(connectionField).default([]),
      zones: z.array(zoneField).default([]),
    },
    destinations: {
      kind: z.enum(['national-park', 'heritage', 'nature', 'town', 'border-gate', 'religious-site', 'landmark']),
      coordinates: coordinatesField,
      gettingThere: z.string().optional(),
      bestSeason: z.string().optional(),
      openingHours: z.string().optional(),
      fees: z.string().optional(),
    },
    culture: {
      category: z.enum(['heritage', 'festival', 'cuisine', 'craft', 'community']),
      destinations: z.array(itemKey('destinations')).default([]),
      events: z.array(itemKey('events')).default([]),
    },
    news: {
      kind: z.enum(['news', 'press-release']).default('news'),
      number: z.string().optional(),
      issuer: z.string().optional(),
      author: personField.optional(),
      contact: personField.optional(),
      people: z.array(personField).default([]),
      places: z.array(placeField).default([]),
    },
    events: {
      kind: z.enum(['festival', 'investment-promotion', 'trade', 'delegation', 'anniversary', 'press-briefing', 'culture']),
      startDate: dateField,
      endDate: dateField.optional(),
      venue: placeField,
      organizer: z.string().optional(),
      lunarDate: z.string().trim().min(1).optional().describe('the date in the lunar calendar that fixes a festival, as text shown beside the solar dates, e.g. 15th day of the 10th lunar month'),
    },
    investment: {
      kind: z.enum(['project', 'incentive', 'zone', 'guide']),
      sector: z.string().optional(),
      area: z.object({ value: z.number().positive(), unit: z.string() }).optional(),
      capital: moneyField.optional(),
      form: z.string().optional(),
      status: z.string().optional(),
      contact: personField.optional(),
      steps: z.array(guideStepField).default([]).describe('a guide’s steps, in order'),
    },
    clarifications: {
      claim: z.object({
        text: text('the claim, quoted'),
        appearedIn: text('where the claim appeared'),
        appearedAt: dateField,
      }),
      verdict: z.enum(['false', 'misleading', 'distorted', 'unverified']),
      agency: text('the agency that answers'),
      sources: z.array(z.object({ title: text('the source title'), url: z.url().optional(), publisher: z.string().optional() })).min(1, 'name at least one source'),
      spokesperson: personField.optional(),
    },
    pages: {
      role: z.enum(['about', 'contact', 'spokesperson', 'accreditation', 'media-kit', 'other']).default('other'),
      people: z.array(personField).default([]),
      media: z.array(mediaFileField).default([]).describe('a media kit: files beside this page, published byte for byte for journalists to download'),
    },
} satisfies Record<SectionId, z.ZodRawShape>;

/** The strict schema of one section: unknown fields are errors, so a typo never disappears silently. */
export function sectionSchema(section: SectionId, image: ImageField) {
  const schema = z.strictObject({ ...itemFields(image), ...sectionFields[section] });
  return section === 'investment' ? schema.superRefine(requireProjectFacts) : schema;
}

/** What investors compare projects on: a published project calling for investment that omits one is incomplete (a draft may). */
const projectFacts = ['locality', 'sector', 'area', 'capital', 'form', 'status', 'contact'] as const;

function requireProjectFacts(data: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (data.kind !== 'project' || data.draft) return;
  for (const field of projectFacts.filter((name) => data[name] === undefined)) {
    ctx.addIssue({ code: 'custom', path: [field], message: `a project calling for investment needs its ${field}` });
  }
  const capital = data.capital as { vnd?: number; usd?: number } | undefined;
  if (capital && (!capital.vnd || !capital.usd)) {
    ctx.addIssue({ code: 'custom', path: ['capital'], message: 'give a project’s capital in both VND and USD: capital: { vnd: …, usd: … }' });
  }
}

/** The schema of `content/site.yaml`: who publishes, under which licence, in which languages. */
export const siteSchema = z.strictObject({
  url: z.url('expected the absolute URL the site is served from, e.g. https://thongtindoingoai.example.vn'),
  defaultLocale: z.string(),
  pageSize: z.number().int().min(1).default(12),
  locales: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z]{2,3}$/, 'a locale code is a two- or three-letter language code, e.g. vi'),
        name: text('the language’s own name'),
        intl: z.string().describe('BCP 47 tag for Intl formatting, e.g. vi-VN'),
        dir: z.enum(['ltr', 'rtl']).default('ltr'),
      }),
    )
    .min(1),
  publisher: z.strictObject({
    name: z.record(z.string(), z.string()),
    address: z.record(z.string(), z.string()),
    email: z.email(),
    phone: z.string(),
    website: z.url().optional(),
  }),
  licence: z.strictObject({
    name: z.string(),
    url: z.url(),
    credit: z.record(z.string(), z.string()),
  }),
  locality: itemKey('localities').optional(),
  investmentAgency: z
    .strictObject({
      name: z.record(z.string(), z.string()),
      address: z.record(z.string(), z.string()),
      email: z.email(),
      phone: z.string(),
      website: z.url().optional(),
    })
    .optional()
    .describe('the investment promotion agency investors contact; shown on every investment page'),
});

export type SiteSettings = z.infer<typeof siteSchema>;

/** The schema of `content/terminology.yaml`: official names, and terms the site never uses. */
export const terminologySchema = z.strictObject({
  glossary: z
    .array(
      z.strictObject({
        names: z.record(z.string(), text('the official name')).describe('the official name in each locale'),
        avoid: z.record(z.string(), z.array(text('a wrong form'))).default({}).describe('wrong forms, per locale'),
      }),
    )
    .default([]),
  forbidden: z
    .array(
      z.strictObject({
        locale: z.string(),
        term: text('the forbidden term'),
        use: text('the term to write instead'),
        why: z.string().optional(),
      }),
    )
    .default([]),
});

export type Terminology = z.infer<typeof terminologySchema>;
type ShapeOutput<Shape> = Shape extends z.ZodRawShape ? z.output<z.ZodObject<Shape>> : never;
/** The front matter of one section's items (Astro's entry types merge all sections into one). */
export type SectionData<S extends SectionId> = ShapeOutput<ReturnType<typeof itemFields> & (typeof sectionFields)[S]>;
export type KeyFigure = z.infer<typeof keyFigureField>;
export type Connection = z.infer<typeof connectionField>;
export type Zone = z.infer<typeof zoneField>;
export type GuideStep = z.infer<typeof guideStepField>;
export type Person = z.infer<typeof personField>;
export type Place = z.infer<typeof placeField>;
export type MediaFile = z.infer<typeof mediaFileField>;
export { sectionIds };
