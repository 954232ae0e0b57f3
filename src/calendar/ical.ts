/**
 * Events as iCalendar (RFC 5545) text, through ical-generator, which escapes
 * and folds lines. Same content, same bytes: every UID and DTSTAMP comes from
 * the content, never from the clock or a random number.
 *
 * Timed events are written in UTC (`…Z`): Viet Nam has no daylight saving
 * time, so UTC is exact, and every calendar app shows it in its reader's own
 * zone. A TZID would need a VTIMEZONE block that apps like Outlook insist on
 * and ical-generator cannot write by itself. Whole days are DATE values,
 * which no app shifts by time zone.
 */
import ical, { escape, ICalCalendarMethod, type ICalCalendar } from 'ical-generator';
import type { TFunction } from 'i18next';
import type { Place } from '../content/schema.ts';
import { describePlace } from '../content/facts.ts';
import { eventTimes, isUpcoming } from '../content/event-times.ts';

/** The front-matter fields of an event that a calendar shows. */
export interface EventFields {
  title: string;
  summary: string;
  kind: string;
  publishedAt: Date;
  updatedAt?: Date;
  startDate: Date;
  endDate?: Date;
  venue: Place;
  organizer?: string;
}

/** One translation of an event, as its page shows it. */
export interface CalendarEvent {
  /** The translation key: the UID outlives changes of title or slug. */
  key: string;
  /** The absolute canonical URL of its page. */
  pageUrl: string;
  fields: EventFields;
}

/** What the calendars of one locale share. */
export interface CalendarContext {
  locale: string;
  siteUrl: string;
  /** The publisher's name in this locale. */
  publisher: string;
  t: TFunction;
}

/** Where a locale's calendar of upcoming events lives, and the listing it mirrors (absolute URLs). */
export interface UpcomingUrls {
  calendarUrl: string;
  listingUrl: string;
}

/** Stable across builds, distinct per locale: each language's version is its own calendar entry. */
const eventUid = (key: string, locale: string, siteUrl: string): string => `${key}.${locale}@${new URL(siteUrl).host}`;

/** A calendar with the publisher named in PRODID; ical-generator writes PRODID, NAME and X-WR-* unescaped, so they are escaped here. */
function calendar(context: CalendarContext): ICalCalendar {
  return ical({
    prodId: { company: escape(context.publisher, false), product: 'Sen', language: context.locale },
    method: ICalCalendarMethod.PUBLISH,
  });
}

/** RFC 5545 ends every line with CRLF, the last included; ical-generator leaves the last one out. */
const text = (cal: ICalCalendar): string => `${cal.toString()}\r\n`;

function addEvent(cal: ICalCalendar, event: CalendarEvent, context: CalendarContext): void {
  const { fields } = event;
  const { t } = context;
  const times = eventTimes(fields.startDate, fields.endDate);
  // The organizer is a name without an e-mail address, which ORGANIZER requires: it goes in the description.
  const description = [fields.summary, fields.organizer && `${t('facts.organizer')}: ${fields.organizer}`, event.pageUrl].filter(Boolean).join('\n\n');
  cal.createEvent({
    id: eventUid(event.key, context.locale, context.siteUrl),
    stamp: fields.updatedAt ?? fields.publishedAt,
    allDay: times.allDay,
    start: times.start,
    end: times.end ?? null,
    summary: fields.title,
    description,
    location: { title: describePlace(fields.venue), geo: fields.venue.coordinates },
    categories: [{ name: t(`kinds.${fields.kind}`) }],
    url: event.pageUrl,
  });
}

/** The calendar file of one event page: one VEVENT, to add to a reader's own calendar. */
export function eventCalendar(event: CalendarEvent, context: CalendarContext): string {
  const cal = calendar(context);
  addEvent(cal, event, context);
  return text(cal);
}

/** A locale's calendar of every event not yet over at `now`, soonest first, for readers to subscribe to. */
export function upcomingCalendar(events: CalendarEvent[], now: Date, urls: UpcomingUrls, context: CalendarContext): string {
  const { t } = context;
  const cal = calendar(context);
  cal.name(escape(t('calendar.name', { site: t('site.name') }), false));
  cal.description(escape(t('calendar.description', { publisher: context.publisher }), false));
  cal.url(urls.listingUrl);
  cal.source(urls.calendarUrl);
  // Subscribed apps that honour it fetch the file again each day.
  cal.ttl(24 * 60 * 60);
  const upcoming = events
    .filter((event) => isUpcoming(eventTimes(event.fields.startDate, event.fields.endDate), now))
    .sort((a, b) => a.fields.startDate.getTime() - b.fields.startDate.getTime() || a.key.localeCompare(b.key));
  for (const event of upcoming) addEvent(cal, event, context);
  return text(cal);
}
