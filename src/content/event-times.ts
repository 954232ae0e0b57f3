/**
 * When an event takes place, the way calendars need it: whole days or a span
 * of time, and the moment it is over.
 *
 * Front matter does not keep whether a date was written with a time: YAML
 * reads `2026-11-22` as midnight UTC and `2026-12-10T08:00:00+07:00` as the
 * instant it names. So an event whose dates all fall at midnight UTC was
 * written in days. The one time of day that reads as a day is 07:00 in Viet
 * Nam; an event starting then is timed when it ends at another time of day.
 */
import { isDateOnly } from '../i18n/format.ts';

/** Whole days (iCalendar DATE values: midnight UTC of the first day and of the day after the last), or a span of time. */
export type EventTimes = { allDay: true; start: Date; end: Date } | { allDay: false; start: Date; end?: Date };

const day = 24 * 60 * 60 * 1000;
/** Viet Nam keeps UTC+7 all year, with no daylight saving time. */
const vietnamOffset = 7 * 60 * 60 * 1000;

export function eventTimes(startDate: Date, endDate?: Date): EventTimes {
  if (isDateOnly(startDate) && (!endDate || isDateOnly(endDate))) {
    return { allDay: true, start: startDate, end: new Date((endDate ?? startDate).getTime() + day) };
  }
  return { allDay: false, start: startDate, end: endDate };
}

/** The moment an event is over: the end of its last day in Viet Nam, or its end time (its start, without one). */
export function endOf(times: EventTimes): Date {
  if (times.allDay) return new Date(times.end.getTime() - vietnamOffset);
  return times.end ?? times.start;
}

/** Still to come or under way at `now`. */
export const isUpcoming = (times: EventTimes, now: Date): boolean => endOf(times).getTime() > now.getTime();
