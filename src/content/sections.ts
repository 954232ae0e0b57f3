/** The sections of a Sen site: each is a folder of `content/` and a content collection. */
export const sectionIds = [
  'localities',
  'destinations',
  'culture',
  'news',
  'events',
  'investment',
  'clarifications',
  'pages',
] as const;

export type SectionId = (typeof sectionIds)[number];

/** How a section's listing orders its items: newest first, soonest event first, or by title. */
export type SectionOrder = 'newest' | 'upcoming' | 'title';

export const sectionOrder: Record<SectionId, SectionOrder> = {
  localities: 'title',
  destinations: 'title',
  culture: 'title',
  news: 'newest',
  events: 'upcoming',
  investment: 'title',
  clarifications: 'newest',
  pages: 'title',
};

/** Plain pages (about, contact…) live at the top of a locale, without a section listing. */
export const hasListing = (section: SectionId): boolean => section !== 'pages';

export const isSectionId = (name: string): name is SectionId => (sectionIds as readonly string[]).includes(name);

/** Sections partners republish: each has feeds and a widget of its own, besides the feeds of everything. */
export const syndicatedSections = ['news', 'destinations', 'culture', 'investment', 'events', 'clarifications'] as const satisfies readonly SectionId[];

export type SyndicatedSection = (typeof syndicatedSections)[number];
