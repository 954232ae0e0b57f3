import { describe, expect, it } from 'vitest';
import { eventsByMonth } from '../../src/calendar/months.ts';

const now = new Date('2026-11-23T00:00:00+07:00');
const event = (key: string, start: string, end?: string) => ({ key, startDate: new Date(start), endDate: end ? new Date(end) : undefined });

describe('events by month', () => {
  const months = eventsByMonth(
    [
      event('anniversary', '2027-09-04', '2027-09-05'),
      event('briefing-october', '2026-10-08T09:00:00+07:00', '2026-10-08T11:00:00+07:00'),
      event('festival', '2026-11-22', '2026-11-24'),
      event('briefing-december', '2026-12-03T09:00:00+07:00'),
      event('conference', '2026-12-10T08:00:00+07:00'),
      event('delegation', '2026-06-15', '2026-06-17'),
    ],
    now,
  );

  it('puts events still to come or under way first, soonest month first', () => {
    expect(months.upcoming.map((group) => [group.month, group.items.map((item) => item.key)])).toEqual([
      ['2026-11', ['festival']],
      ['2026-12', ['briefing-december', 'conference']],
      ['2027-09', ['anniversary']],
    ]);
  });

  it('puts events that are over after, latest month first', () => {
    expect(months.past.map((group) => [group.month, group.items.map((item) => item.key)])).toEqual([
      ['2026-10', ['briefing-october']],
      ['2026-06', ['delegation']],
    ]);
  });

  it('takes the month in Viet Nam where the event starts', () => {
    const late = eventsByMonth([event('night', '2026-11-30T18:00:00Z')], now);
    expect(late.upcoming[0].month).toBe('2026-12');
  });
});
