/**
 * What may reach the public: nothing that is a draft, internal, or embargoed
 * until a `publishAt` still in the future at build time.
 */
export interface PublicationFields {
  draft: boolean;
  internal: boolean;
  publishAt?: Date;
}

/** The moment the build takes as "now": SEN_BUILD_DATE when set (reproducible builds, tests), else the clock. */
export function buildDate(): Date {
  const fixed = process.env.SEN_BUILD_DATE;
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new Error(`SEN_BUILD_DATE="${fixed}" is not a date; write it as 2026-11-23`);
  return date;
}

/** Whether an item version may appear in any public output. */
export function isPublic(fields: PublicationFields, now: Date): boolean {
  return !fields.draft && !fields.internal && !(fields.publishAt && fields.publishAt > now);
}
