/**
 * The events calendar: what is to come, then what is over, each under month
 * headings; festivals with their lunar dates; every event with date, place
 * and a calendar file that parses; culture items shown on the destinations
 * and events where they happen.
 */
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { decode, distDir, pagesOf, root, site, tags, type SitePage } from './helpers.ts';

const text = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
const frontMatter = (file: string) => parseYaml(fs.readFileSync(path.join(root, 'content', file), 'utf8').split(/^---$/m)[1]) as Record<string, any>;

for (const listing of pagesOf({ kind: 'listing', section: 'events' }).filter((page) => page.pageNumber === 1)) {
  test(`the events listing shows upcoming events before past ones, each under its month: ${listing.path}`, () => {
    const parts = [...listing.html.matchAll(/data-events="(upcoming|past)"/g)].map(([, part]) => part);
    expect(parts, 'upcoming, then past').toEqual(['upcoming', 'past']);
    const months = (part: string) => {
      const html = listing.html.slice(listing.html.indexOf(`data-events="${part}"`));
      const end = part === 'upcoming' ? html.indexOf('data-events="past"') : html.length;
      return [...html.slice(0, end).matchAll(/<section class="event-month"[^>]*data-month="(\d{4}-\d{2})"[\s\S]*?<h3[^>]*>([\s\S]*?)<\/h3>([\s\S]*?)<\/section>/g)].map(([, month, heading, cards]) => ({
        month,
        heading: text(heading),
        starts: tags(cards, 'time').map((time) => time.datetime),
      }));
    };
    const upcoming = months('upcoming');
    const past = months('past');
    expect(upcoming.length, 'several months to come').toBeGreaterThan(1);
    expect(past.length, 'and past months').toBeGreaterThan(0);
    expect(upcoming.map((m) => m.month)).toEqual([...upcoming.map((m) => m.month)].sort());
    expect(past.map((m) => m.month)).toEqual([...past.map((m) => m.month)].sort().reverse());
    const year = (month: string) => month.slice(0, 4);
    for (const { month, heading, starts } of [...upcoming, ...past]) {
      expect(heading, `the heading of ${month} names its year`).toContain(year(month));
      expect(starts.length).toBeGreaterThan(0);
      for (const start of starts) expect(start.startsWith(month), `${start} is in ${month}`).toBe(true);
    }
  });
}

test('a festival shows its lunar date beside its solar dates, on its page and in the listing', () => {
  const festivals = fs.readdirSync(path.join(root, 'content/events')).flatMap((key) =>
    site.locales.filter((locale) => fs.existsSync(path.join(root, 'content/events', key, `${locale}.mdx`))).map((locale) => ({ locale, data: frontMatter(`events/${key}/${locale}.mdx`) })),
  ).filter(({ data }) => data.lunarDate);
  expect(festivals.map(({ locale }) => locale).sort()).toEqual(expect.arrayContaining([...site.locales].sort()));
  for (const { locale, data } of festivals) {
    const page = pagesOf({ kind: 'item', section: 'events', locale }).find((candidate) => candidate.h1 === data.title)!;
    const facts = text(/<section class="facts"[\s\S]*?<\/section>/.exec(page.html)![0]);
    expect(facts).toContain(data.lunarDate);
    const listings = pagesOf({ kind: 'listing', section: 'events', locale });
    expect(listings.some((listing) => text(listing.html).includes(data.lunarDate)), `${data.lunarDate} in the ${locale} listing`).toBe(true);
  }
});

test('the demo has festivals, trade or investment promotion events and press briefings', () => {
  const kinds = new Set(fs.readdirSync(path.join(root, 'content/events')).map((key) => frontMatter(`events/${key}/vi.mdx`).kind));
  for (const kind of ['festival', 'investment-promotion', 'press-briefing']) expect(kinds).toContain(kind);
});

for (const page of pagesOf({ kind: 'item', section: 'events', fallback: false })) {
  test(`the event shows its date and place, and its calendar link downloads a valid iCalendar of it: ${page.path}`, async ({ request }) => {
    const facts = text(/<section class="facts"[\s\S]*?<\/section>/.exec(page.html)![0]);
    expect(facts).toMatch(/\d{4}/);
    const link = tags(page.html, 'a').find((a) => a.href?.endsWith('.ics'))!;
    expect(link, 'an add-to-calendar link').toBeTruthy();
    const response = await request.get(link.href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe(page.h1);
    expect(events[0].location).toBeTruthy();
    expect(facts).toContain(events[0].location.split(',')[0]);
    expect(String(events[0].component.getFirstPropertyValue('url'))).toBe(page.canonical);
  });
}

// ------------------------------------------------------------------ culture

/** The culture items (their titles in `locale`) that name `key` under `field`. */
function cultureNaming(field: 'destinations' | 'events', key: string, locale: string): string[] {
  const dir = path.join(root, 'content/culture');
  return fs.readdirSync(dir)
    .filter((item) => fs.existsSync(path.join(dir, item, `${locale}.mdx`)))
    .map((item) => frontMatter(`culture/${item}/${locale}.mdx`))
    .filter((data) => data[field]?.includes(key) && !data.draft)
    .map((data) => data.title);
}

const relatedCulture = (page: SitePage) =>
  [...(/<section class="related" aria-labelledby="related-culture">([\s\S]*?)<\/section>/.exec(page.html)?.[1] ?? '').matchAll(/<h3 class="card__title">([\s\S]*?)<\/h3>/g)].map(([, h3]) => text(h3)).sort();

for (const [field, section] of [['destinations', 'destinations'], ['events', 'events']] as const) {
  test(`a ${section.slice(0, -1)} page lists the culture items that happen there, in both directions`, () => {
    let checked = 0;
    for (const key of fs.readdirSync(path.join(root, 'content', section))) {
      for (const locale of site.locales) {
        const file = `${section}/${key}/${locale}.mdx`;
        if (!fs.existsSync(path.join(root, 'content', file))) continue;
        const title = frontMatter(file).title;
        const page = pagesOf({ kind: 'item', section, locale, fallback: false }).find((candidate) => candidate.h1 === title);
        if (!page) continue;
        const expected = cultureNaming(field, key, locale).sort();
        expect(relatedCulture(page), page.path).toEqual(expected);
        checked += expected.length;
      }
    }
    expect(checked, 'some pages list culture items').toBeGreaterThan(0);
  });
}

test('the culture item pages link to the destinations and events they name', () => {
  const culture = pagesOf({ kind: 'item', section: 'culture', fallback: false });
  const linking = culture.filter((page) => page.html.includes('id="related-events"') && page.html.includes('id="related-destinations"'));
  expect(linking.length).toBeGreaterThan(0);
  for (const page of linking) {
    const section = /id="related-events"[\s\S]*?<\/section>/.exec(page.html)![0];
    for (const { href } of tags(section, 'a')) expect(fs.existsSync(path.join(distDir, href, 'index.html')), href).toBe(true);
  }
});
