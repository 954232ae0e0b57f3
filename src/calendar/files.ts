/**
 * Every calendar file of the site: one per event page that is a real
 * translation, and per locale one of its upcoming events, at the paths of
 * the route table.
 */
import { siteContent } from '../content/site-content.ts';
import { siteSettings } from '../content/site.ts';
import { translator } from '../i18n/ui.ts';
import { absoluteUrl } from '../routing/head.ts';
import { calendarPath, eventCalendarPath, listingPath } from '../routing/routes.ts';
import { eventCalendar, upcomingCalendar, type CalendarContext, type CalendarEvent, type EventFields } from './ical.ts';
import { calendarPages } from './pages.ts';

export interface CalendarFile {
  path: string;
  body: string;
}

export async function calendarFiles(): Promise<CalendarFile[]> {
  const { routes, routing, item, now } = await siteContent();
  const { url: siteUrl, publisher } = siteSettings();
  const pages = calendarPages(routes);
  // Without events there is no events listing for a calendar to stand beside.
  if (pages.length === 0) return [];
  return routing.locales.flatMap((locale) => {
    const context: CalendarContext = { locale, siteUrl, publisher: publisher.name[locale], t: translator(locale) };
    const own = pages.filter((route) => route.locale === locale);
    const events = own.map((route): CalendarEvent => {
      // The collections are made in a loop, so their types do not tell sections apart; the events schema checked these fields.
      const fields = item('events', route.key)!.entries[locale].data as EventFields;
      return { key: route.key, pageUrl: absoluteUrl(siteUrl, route.path), fields };
    });
    const urls = { calendarUrl: absoluteUrl(siteUrl, calendarPath(routing, locale)), listingUrl: absoluteUrl(siteUrl, listingPath(routing, 'events', locale)) };
    return [
      { path: calendarPath(routing, locale), body: upcomingCalendar(events, now, urls, context) },
      ...own.map((route, index) => ({ path: eventCalendarPath(route.path), body: eventCalendar(events[index], context) })),
    ];
  });
}
