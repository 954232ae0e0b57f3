/**
 * The display order of a section's items: newest first for news, upcoming and
 * ongoing events soonest first then past events latest first, otherwise by title.
 */
import type { SectionOrder } from './sections.ts';
import { eventTimes, isUpcoming } from './event-times.ts';

export interface Orderable {
  key: string;
  title: string;
  publishedAt: Date;
  startDate?: Date;
  endDate?: Date;
}

export function orderItems<T extends Orderable>(items: T[], order: SectionOrder, now: Date, collator: Intl.Collator): T[] {
  const sorted = [...items];
  if (order === 'newest') return sorted.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.key.localeCompare(b.key));
  if (order === 'title') return sorted.sort((a, b) => collator.compare(a.title, b.title) || a.key.localeCompare(b.key));
  const start = (item: T) => (item.startDate ?? item.publishedAt).getTime();
  // Over when its calendar says so: a whole-day event lasts to the end of its last day in Viet Nam.
  const isOver = (item: T) => !isUpcoming(eventTimes(item.startDate ?? item.publishedAt, item.endDate), now);
  const upcoming = sorted.filter((item) => !isOver(item)).sort((a, b) => start(a) - start(b));
  const past = sorted.filter(isOver).sort((a, b) => start(b) - start(a));
  return [...upcoming, ...past];
}
