import { afterEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import i18next from 'i18next';
import { eventCalendar, upcomingCalendar, type CalendarContext, type CalendarEvent, type EventFields } from '../../src/calendar/ical.ts';
import { calendarFileOf, calendarPages } from '../../src/calendar/pages.ts';
import { readUiResources } from '../../src/i18n/resources.ts';
import { buildRoutes, type RoutableItem, type RoutingOptions } from '../../src/routing/routes.ts';
import { sectionIds } from '../../src/content/sections.ts';

const resources = readUiResources();
const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: resources.en }, vi: { translation: resources.vi } }, initAsync: false, interpolation: { escapeValue: false } });

const context = (locale: string): CalendarContext => ({
  locale,
  siteUrl: 'https://sen.example',
  publisher: locale === 'vi' ? 'Ban biên tập, trang mẫu Sen' : 'Sen editorial board, sample',
  t: i18n.getFixedT(locale),
});

const fields = (overrides: Partial<EventFields>): EventFields => ({
  title: 'Lễ hội Ok Om Bok',
  summary: 'Đua ghe ngo trên sông.',
  kind: 'festival',
  publishedAt: new Date('2026-10-01'),
  startDate: new Date('2026-11-22'),
  endDate: new Date('2026-11-24'),
  venue: { name: 'Ao Bà Om', address: 'Phường 8, tỉnh Vĩnh Long', coordinates: { lat: 9.9167, lon: 106.3 } },
  ...overrides,
});

const event = (key: string, overrides: Partial<EventFields> = {}, locale = 'vi'): CalendarEvent => ({
  key,
  pageUrl: `https://sen.example/${locale}/su-kien/${key}/`,
  fields: fields(overrides),
});

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const vevents = (text: string) => parse(text).getAllSubcomponents('vevent');
const only = (text: string) => {
  const found = vevents(text);
  expect(found).toHaveLength(1);
  return new ICAL.Event(found[0]);
};
const property = (component: InstanceType<typeof ICAL.Component>, name: string) => String(component.getFirstPropertyValue(name));

afterEach(() => {
  vi.useRealTimers();
});

describe('an event’s calendar file', () => {
  it('gives an event written in days whole days, ending the day after its last day', () => {
    const text = eventCalendar(event('ok-om-bok'), context('vi'));
    const parsed = only(text);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2026-11-22');
    expect(parsed.endDate.isDate).toBe(true);
    expect(parsed.endDate.toString()).toBe('2026-11-25');
    expect(text).toContain('DTSTART;VALUE=DATE:20261122\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20261125\r\n');
  });

  it('ends a one-day event without an end date the next day', () => {
    const parsed = only(eventCalendar(event('mot-ngay', { startDate: new Date('2026-12-31'), endDate: undefined }), context('vi')));
    expect(parsed.startDate.toString()).toBe('2026-12-31');
    expect(parsed.endDate.toString()).toBe('2027-01-01');
  });

  it('gives an event written with times the exact instants, in UTC', () => {
    const start = new Date('2026-12-10T08:00:00+07:00');
    const end = new Date('2026-12-10T17:00:00+07:00');
    const text = eventCalendar(event('hoi-nghi', { startDate: start, endDate: end }), context('en'));
    const parsed = only(text);
    expect(parsed.startDate.isDate).toBe(false);
    expect(parsed.startDate.zone?.tzid).toBe('UTC');
    expect(parsed.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(parsed.endDate.toJSDate().toISOString()).toBe(end.toISOString());
    expect(text).toContain('DTSTART:20261210T010000Z\r\n');
  });

  it('keeps an event at 07:00 in Viet Nam (midnight UTC) timed when it ends at another time', () => {
    const parsed = only(eventCalendar(event('som', { startDate: new Date('2026-12-10T07:00:00+07:00'), endDate: new Date('2026-12-10T09:30:00+07:00') }), context('vi')));
    expect(parsed.startDate.isDate).toBe(false);
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-10T02:30:00.000Z');
  });

  it('leaves out the end of a timed event without one rather than inventing a length', () => {
    const text = eventCalendar(event('hop-bao', { startDate: new Date('2026-12-03T09:00:00+07:00'), endDate: undefined }), context('vi'));
    expect(text).not.toContain('DTEND');
  });

  it('names an event by a UID that outlives new titles and slugs and differs per language', () => {
    const vi1 = only(eventCalendar(event('ok-om-bok'), context('vi')));
    const vi2 = only(eventCalendar({ ...event('ok-om-bok', { title: 'Lễ hội Ok Om Bok 2026' }), pageUrl: 'https://sen.example/vi/su-kien/moi/' }, context('vi')));
    const en = only(eventCalendar(event('ok-om-bok', { title: 'Ok Om Bok Festival' }, 'en'), context('en')));
    expect(vi1.uid).toBe('ok-om-bok.vi@sen.example');
    expect(vi2.uid).toBe(vi1.uid);
    expect(en.uid).toBe('ok-om-bok.en@sen.example');
  });

  it('escapes commas, semicolons and line breaks of Vietnamese text, which readers get back intact', () => {
    const title = 'Lễ hội Ok Om Bok; đua ghe ngo, thả đèn nước';
    const summary = 'Đua ghe ngo trên sông Long Bình; cúng trăng, thả đèn.\nMiễn phí vào cửa, mọi người đều được đón tiếp.';
    const text = eventCalendar(event('ok-om-bok', { title, summary, organizer: 'Ủy ban nhân dân tỉnh Vĩnh Long, Sở Văn hóa' }), context('vi'));
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('SUMMARY:Lễ hội Ok Om Bok\\; đua ghe ngo\\, thả đèn nước\r\n');
    expect(unfolded).toContain('LOCATION:Ao Bà Om\\, Phường 8\\, tỉnh Vĩnh Long\r\n');
    expect(unfolded).toMatch(/DESCRIPTION:Đua ghe ngo trên sông Long Bình\\; cúng trăng\\, thả đèn\.\\nMiễn phí/);
    // Lines are folded at 75 octets, never inside a character.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = only(text);
    expect(parsed.summary).toBe(title);
    expect(parsed.location).toBe('Ao Bà Om, Phường 8, tỉnh Vĩnh Long');
    expect(parsed.description).toBe(`${summary}\n\nĐơn vị tổ chức: Ủy ban nhân dân tỉnh Vĩnh Long, Sở Văn hóa\n\nhttps://sen.example/vi/su-kien/ok-om-bok/`);
  });

  it('links the event’s page, places it on the map and files it under its kind in the reader’s language', () => {
    const parsed = only(eventCalendar(event('hoi-nghi', { kind: 'investment-promotion' }, 'en'), context('en')));
    expect(property(parsed.component, 'url')).toBe('https://sen.example/en/su-kien/hoi-nghi/');
    expect(parsed.component.getFirstPropertyValue('geo')).toEqual([9.9167, 106.3]);
    expect(parsed.component.getFirstProperty('categories')?.getValues()).toEqual(['Investment promotion']);
    const vi = only(eventCalendar(event('hoi-nghi', { kind: 'investment-promotion' }), context('vi')));
    expect(vi.component.getFirstProperty('categories')?.getValues()).toEqual(['Xúc tiến đầu tư']);
  });

  it('writes no GEO for a venue without coordinates', () => {
    const text = eventCalendar(event('x', { venue: { name: 'Hội trường tỉnh' } }), context('vi'));
    expect(text).not.toContain('GEO');
    expect(only(text).location).toBe('Hội trường tỉnh');
  });

  it('stamps the event with the day its content last changed, so that builds are byte for byte the same', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = eventCalendar(event('ok-om-bok', { updatedAt: new Date('2026-11-02') }), context('vi'));
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const second = eventCalendar(event('ok-om-bok', { updatedAt: new Date('2026-11-02') }), context('vi'));
    expect(second).toBe(first);
    expect(property(only(first).component, 'dtstamp')).toBe('2026-11-02T00:00:00Z');
    expect(property(only(eventCalendar(event('ok-om-bok'), context('vi'))).component, 'dtstamp')).toBe('2026-10-01T00:00:00Z');
  });

  it('names the publisher as the producer', () => {
    const calendar = parse(eventCalendar(event('ok-om-bok'), context('vi')));
    expect(property(calendar, 'prodid')).toBe('-//Ban biên tập, trang mẫu Sen//Sen//VI');
    expect(property(calendar, 'method')).toBe('PUBLISH');
  });
});

describe('a language’s calendar of upcoming events', () => {
  const now = new Date('2026-11-23T00:00:00+07:00');
  const urls = { calendarUrl: 'https://sen.example/vi/su-kien.ics', listingUrl: 'https://sen.example/vi/su-kien/' };
  const events = [
    event('nam-sau', { startDate: new Date('2027-09-04'), endDate: new Date('2027-09-05') }),
    event('da-qua', { startDate: new Date('2026-06-15'), endDate: new Date('2026-06-17') }),
    event('hom-qua', { startDate: new Date('2026-11-22'), endDate: undefined }),
    event('hom-nay', { startDate: new Date('2026-11-23'), endDate: undefined }),
    event('dang-dien-ra', { startDate: new Date('2026-11-20'), endDate: new Date('2026-11-24') }),
    event('hop-bao-xong', { startDate: new Date('2026-11-22T09:00:00+07:00'), endDate: new Date('2026-11-22T11:00:00+07:00') }),
    event('hoi-nghi', { startDate: new Date('2026-12-10T08:00:00+07:00'), endDate: new Date('2026-12-10T17:00:00+07:00') }),
  ];
  const uids = (text: string) => vevents(text).map((vevent) => new ICAL.Event(vevent).uid.split('.')[0]);

  it('holds only the events not yet over at the build date, soonest first', () => {
    expect(uids(upcomingCalendar(events, now, urls, context('vi')))).toEqual(['dang-dien-ra', 'hom-nay', 'hoi-nghi', 'nam-sau']);
  });

  it('keeps an event written in days until its last day is over in Viet Nam', () => {
    const lastEvening = new Date('2026-11-24T23:59:00+07:00');
    expect(uids(upcomingCalendar(events, lastEvening, urls, context('vi')))).toContain('dang-dien-ra');
    const nextMorning = new Date('2026-11-25T00:00:00+07:00');
    expect(uids(upcomingCalendar(events, nextMorning, urls, context('vi')))).not.toContain('dang-dien-ra');
  });

  it('is named in the reader’s language and says where it comes from', () => {
    const calendar = parse(upcomingCalendar(events, now, urls, context('en')));
    expect(property(calendar, 'x-wr-calname')).toBe('Foreign Information: upcoming events');
    expect(property(calendar, 'name')).toBe('Foreign Information: upcoming events');
    // X- properties are TEXT, escaped like any other; ical.js hands them back as written.
    expect(property(calendar, 'x-wr-caldesc')).toBe('Upcoming events published by Sen editorial board\\, sample.');
    expect(property(calendar, 'url')).toBe(urls.listingUrl);
    expect(property(calendar, 'source')).toBe(urls.calendarUrl);
    expect(property(parse(upcomingCalendar(events, now, urls, context('vi'))), 'x-wr-calname')).toBe('Thông tin đối ngoại: sự kiện sắp diễn ra');
  });

  it('is the same bytes whenever it is built for the same day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = upcomingCalendar(events, now, urls, context('vi'));
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(upcomingCalendar([...events].reverse(), now, urls, context('vi'))).toBe(first);
  });
});

describe('the calendar files of event pages', () => {
  const segments = Object.fromEntries([...sectionIds.map((id) => [id, id === 'events' ? 'su-kien' : id]), ['page', 'trang'], ['search', 'tim-kiem'], ['syndication', 'chia-se']]);
  const options: RoutingOptions = { locales: ['vi', 'en'], pageSize: 6, segments: { vi: segments, en: { ...segments, events: 'events', page: 'page' } } as RoutingOptions['segments'] };
  const translated: RoutableItem = { section: 'events', key: 'le-hoi', source: 'vi', versions: { vi: {}, en: { slug: 'festival' } } };
  const untranslated: RoutableItem = { section: 'events', key: 'hop-bao', source: 'vi', versions: { vi: {} } };
  const news: RoutableItem = { section: 'news', key: 'tin', source: 'vi', versions: { vi: {}, en: {} } };
  const routes = buildRoutes(options, [translated, untranslated, news], (_section, keys) => keys);

  it('exist for real translations only, never for an untranslated copy', () => {
    expect(calendarPages(routes).map((route) => route.path).sort()).toEqual(['/en/events/festival/', '/vi/su-kien/hop-bao/', '/vi/su-kien/le-hoi/']);
  });

  it('are offered by each event page: its own, or by an untranslated copy its original’s', () => {
    const page = (path: string) => routes.find((route) => route.path === path)!;
    const of = (path: string) => {
      const route = page(path);
      return route.kind === 'item' ? calendarFileOf(route) : undefined;
    };
    expect(of('/en/events/festival/')).toBe('/en/events/festival.ics');
    expect(of('/vi/su-kien/le-hoi/')).toBe('/vi/su-kien/le-hoi.ics');
    expect(of('/en/events/hop-bao/')).toBe('/vi/su-kien/hop-bao.ics');
  });
});
