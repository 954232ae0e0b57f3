import { describe, expect, it } from 'vitest';
import { latestPressReleases, pageWithRole, upcomingBriefings } from '../../src/press/press-room.ts';

const now = new Date('2026-11-23T00:00:00+07:00');

describe('the press room', () => {
  it('shows press releases only, newest first, at most the number asked', () => {
    const news = [
      { key: 'a', kind: 'press-release', publishedAt: new Date('2026-10-08') },
      { key: 'b', kind: 'news', publishedAt: new Date('2026-11-20') },
      { key: 'c', kind: 'press-release', publishedAt: new Date('2026-11-18') },
      { key: 'd', kind: 'press-release', publishedAt: new Date('2026-09-01') },
    ];
    expect(latestPressReleases(news, 2).map((item) => item.key)).toEqual(['c', 'a']);
  });

  it('lists the press briefings not yet over, soonest first; other events and past briefings stay out', () => {
    const events = [
      { key: 'december', kind: 'press-briefing', startDate: new Date('2026-12-03T09:00:00+07:00'), endDate: new Date('2026-12-03T11:00:00+07:00') },
      { key: 'october', kind: 'press-briefing', startDate: new Date('2026-10-08T09:00:00+07:00') },
      { key: 'today', kind: 'press-briefing', startDate: new Date('2026-11-23') },
      { key: 'festival', kind: 'festival', startDate: new Date('2026-11-30') },
    ];
    expect(upcomingBriefings(events, now).map((event) => event.key)).toEqual(['today', 'december']);
  });

  it('finds the page with a role in any of its versions', () => {
    const pages: { key: string; entries: Record<string, { data: unknown }> }[] = [
      { key: 'contact', entries: { vi: { data: { role: 'contact' } } } },
      { key: 'spokesperson', entries: { en: { data: { role: 'spokesperson' } } } },
    ];
    expect(pageWithRole(pages, 'spokesperson')?.key).toBe('spokesperson');
    expect(pageWithRole(pages, 'media-kit')).toBeUndefined();
  });
});
