/**
 * What the press room picks from the published site: the newest press
 * releases, the press briefings still to come, and the pages journalists need
 * (the spokesperson's, the accreditation guide, the media kit) by their role.
 */
import { eventTimes, isUpcoming } from '../content/event-times.ts';

interface Release { key: string; kind: string; publishedAt: Date }
interface Briefing { key: string; kind: string; startDate: Date; endDate?: Date }

/** Press releases, newest first, at most `limit` of them. */
export function latestPressReleases<T extends Release>(news: T[], limit: number): T[] {
  return news
    .filter((item) => item.kind === 'press-release')
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.key.localeCompare(b.key))
    .slice(0, limit);
}

/** Press briefings not yet over at `now`, soonest first. */
export function upcomingBriefings<T extends Briefing>(events: T[], now: Date): T[] {
  return events
    .filter((event) => event.kind === 'press-briefing' && isUpcoming(eventTimes(event.startDate, event.endDate), now))
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime() || a.key.localeCompare(b.key));
}

/** The first page (in key order, so the choice is stable) whose role is `role` in any of its versions. */
export function pageWithRole<T extends { key: string; entries: Record<string, { data: unknown }> }>(pages: T[], role: string): T | undefined {
  return [...pages]
    .sort((a, b) => a.key.localeCompare(b.key))
    .find((page) => Object.values(page.entries).some((entry) => (entry.data as { role?: string }).role === role));
}
