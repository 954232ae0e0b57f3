/**
 * Events as calendars: every event page offers an iCalendar file of the event
 * as it shows it, and each language's events listing a calendar of the events
 * still to come, with no untranslated copies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { decode, distDir, pagesOf, root, site, sitePath, tags, type SitePage } from './helpers.ts';

// The day the demo site was built as of: the same default as scripts/test.mjs.
const buildDate = new Date(process.env.SEN_BUILD_DATE ?? '2026-11-23T00:00:00+07:00');
const timeZone = 'Asia/Ho_Chi_Minh';
const intlOf: Record<string, string> = Object.fromEntries(
  parseYaml(fs.readFileSync(path.join(root, 'content/site.yaml'), 'utf8')).locales.map((locale: { code: string; intl: string }) => [locale.code, locale.intl]),
);
const words = (locale: string): { facts: { date: string }; calendar: Record<string, string> } =>
  JSON.parse(fs.readFileSync(path.join(root, 'src/i18n/translations', `${locale}.json`), 'utf8'));

type Vevent = InstanceType<typeof ICAL.Event>;

function readCalendar(urlPath: string): { events: Vevent[]; component: InstanceType<typeof ICAL.Component> } {
  const file = path.join(distDir, urlPath);
  expect(fs.existsSync(file), `${urlPath} is in dist/`).toBe(true);
  const component = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  return { component, events: component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

/** A DATE as the instant its day begins in Viet Nam; a DATE-TIME as its instant. */
const instant = (time: InstanceType<typeof ICAL.Time>): Date => (time.isDate ? new Date(`${time.toString()}T00:00:00+07:00`) : time.toJSDate());

/** The first and last day an event takes place, and when it is over. */
function span(event: Vevent): { first: Date; last: Date; over: Date } {
  const end = event.component.hasProperty('dtend') ? event.endDate : event.startDate;
  const over = instant(end);
  // A DATE end is exclusive: the last day is the one before it.
  const last = event.startDate.isDate ? new Date(over.getTime() - 1) : over;
  return { first: instant(event.startDate), last, over };
}

const calendarLinks = (page: SitePage) => tags(page.html, 'a').filter((a) => /\.ics$/.test(a.href ?? ''));
const eventUrl = (event: Vevent) => String(event.component.getFirstPropertyValue('url'));
const eventPages = pagesOf({ kind: 'item', section: 'events' });

test('the demo has events in every language, some still to come and some over', () => {
  for (const locale of site.locales) expect(pagesOf({ kind: 'item', section: 'events', locale }).length).toBeGreaterThan(1);
  const overs = eventPages.filter((page) => !page.fallback).map((page) => span(readCalendar(`${page.path.slice(0, -1)}.ics`).events[0]).over);
  expect(overs.some((over) => over > buildDate)).toBe(true);
  expect(overs.some((over) => over <= buildDate)).toBe(true);
});

for (const page of eventPages) {
  test(`an event page links a calendar file of the event it shows: ${page.path}`, () => {
    const links = calendarLinks(page);
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link).toHaveProperty('download');
    expect(decode(/<a\b[^>]*\.ics"[^>]*>([^<]*)<\/a>/.exec(page.html)![1])).toBe(words(page.locale!).calendar.add);
    // An untranslated copy offers its original's file: the canonical page's.
    const original = sitePath(page.canonical)!;
    expect(page.fallback ? original !== page.path : original === page.path).toBe(true);
    expect(link.href).toBe(`${original.slice(0, -1)}.ics`);

    const { events } = readCalendar(link.href);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event.summary).toBe(page.h1);
    expect(eventUrl(event)).toBe(page.canonical);
    // One entry per item and language, named after the item's folder, the same in every build.
    expect(event.uid).toMatch(new RegExp(`^[a-z0-9-]+\\.${site.byPath.get(original)!.locale}@${new URL(site.origin).host}$`));

    // The days in the file are the days the page shows, as they fall in Viet Nam.
    const shown = new RegExp(`<dt>${words(page.locale!).facts.date}</dt><dd[^>]*>([^<]*)</dd>`).exec(page.html)?.[1];
    expect(shown, 'the page shows the event’s date').toBeDefined();
    const { first, last } = span(event);
    const format = new Intl.DateTimeFormat(intlOf[page.locale!], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    const normalize = (text: string) => decode(text).replace(/\s+/g, ' ').trim();
    expect(normalize(shown!)).toBe(normalize(format.formatRange(first, last)));
  });
}

for (const locale of site.locales) {
  test(`the events listing offers the calendar of upcoming events in its language, to subscribe to or download (${locale})`, () => {
    const listing = pagesOf({ kind: 'listing', section: 'events', locale }).find((page) => page.pageNumber === 1)!;
    const links = calendarLinks(listing);
    const download = links.find((link) => 'download' in link);
    expect(download?.href).toMatch(new RegExp(`^/${locale}/[a-z-]+\\.ics$`));
    const subscribe = links.find((link) => link.href.startsWith('webcal:'));
    expect(subscribe?.href).toBe(`${site.origin.replace(/^https?:/, 'webcal:')}${download!.href}`);
  });

  test(`the calendar of upcoming events holds exactly the ${locale} events not over at the build date, none untranslated`, () => {
    const listings = pagesOf({ kind: 'listing', section: 'events', locale });
    const href = calendarLinks(listings.find((page) => page.pageNumber === 1)!).find((link) => 'download' in link)!.href;
    const { component, events } = readCalendar(href);
    expect(component.getFirstPropertyValue('x-wr-calname')).toBeTruthy();

    // Expected: every real translation in this language whose own file says it is not over yet.
    const own = pagesOf({ kind: 'item', section: 'events', locale, fallback: false });
    const upcoming = own.filter((page) => span(readCalendar(`${page.path.slice(0, -1)}.ics`).events[0]).over > buildDate);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(events.map(eventUrl).sort()).toEqual(upcoming.map((page) => page.canonical).sort());

    for (const event of events) {
      const page = site.byPath.get(sitePath(eventUrl(event))!)!;
      expect(page, `${eventUrl(event)} is a page of the site`).toBeDefined();
      expect(page).toMatchObject({ locale, fallback: false });
      expect(event.summary).toBe(page.h1);
      // …and the events listing of this language lists it.
      expect(listings.some((listing) => tags(listing.html, 'a').some((a) => a.href === page.path))).toBe(true);
    }
    // Soonest first.
    const starts = events.map((event) => instant(event.startDate).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
}

test('calendar files are served as text/calendar', async ({ request }) => {
  const files = [
    ...site.locales.map((locale) => calendarLinks(pagesOf({ kind: 'listing', section: 'events', locale })[0]).find((link) => 'download' in link)!.href),
    ...eventPages.slice(0, 2).map((page) => calendarLinks(page)[0].href),
  ];
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type'], file).toMatch(/^text\/calendar\b/);
  }
});

for (const locale of site.locales) {
  test(`a reader who presses "add to calendar" gets the event's .ics file (${locale})`, async ({ page }) => {
    const eventPage = pagesOf({ kind: 'item', section: 'events', locale })[0];
    await page.goto(eventPage.path);
    const link = page.getByRole('link', { name: words(locale).calendar.add });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).summary).toBe(eventPage.h1);
  });
}
