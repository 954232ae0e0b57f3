/**
 * Events in the order of a calendar page: those still to come or under way,
 * soonest first, then those over, latest first; each part in month groups,
 * a month being the one in Viet Nam where the event starts.
 */
import { eventTimes, isUpcoming } from '../content/event-times.ts';
import { isoDate } from '../i18n/format.ts';

interface Dated { key: string; startDate: Date; endDate?: Date }

export interface MonthGroup<T> {
  /** `2026-11`: the month in Viet Nam, for ids and sorting. */
  month: string;
  /** The first event's start, for the month's heading. */
  date: Date;
  items: T[];
}

export interface EventMonths<T> {
  upcoming: MonthGroup<T>[];
  past: MonthGroup<T>[];
}

export function eventsByMonth<T extends Dated>(events: T[], now: Date): EventMonths<T> {
  const upcoming = events.filter((event) => isUpcoming(eventTimes(event.startDate, event.endDate), now));
  const past = events.filter((event) => !upcoming.includes(event));
  const soonest = (a: T, b: T) => a.startDate.getTime() - b.startDate.getTime() || a.key.localeCompare(b.key);
  return {
    upcoming: byMonth([...upcoming].sort(soonest)),
    past: byMonth([...past].sort((a, b) => soonest(b, a))),
  };
}

/** Consecutive runs of one month, in the order given. */
function byMonth<T extends Dated>(sorted: T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const event of sorted) {
    const month = isoDate(event.startDate).slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(event);
    else groups.push({ month, date: event.startDate, items: [event] });
  }
  return groups;
}
