import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatFileSize, formatMoney, formatMonth, formatNumber, isoDate } from '../../src/i18n/format.ts';

const day = new Date('2023-11-17T09:00:00+07:00');

describe('dates, numbers and money in the reader’s locale', () => {
  it('write dates the Vietnamese and the English way', () => {
    expect(formatDate(day, 'vi-VN')).toBe('17 tháng 11, 2023');
    expect(formatDate(day, 'en-GB')).toBe('17 November 2023');
  });

  it('use Vietnam’s time zone, so a date never slips to the day before', () => {
    expect(formatDate(new Date('2023-11-17T00:30:00+07:00'), 'en-GB')).toBe('17 November 2023');
  });

  it('shorten a span of days', () => {
    expect(formatDateRange(new Date('2026-11-24'), new Date('2026-11-26'), 'en-GB').replace(/\s/g, ' ')).toBe('24 – 26 November 2026');
    expect(formatDateRange(new Date('2026-11-24'), new Date('2026-11-24'), 'en-GB')).toBe('24 November 2026');
    expect(formatDateRange(new Date('2026-11-30'), new Date('2026-12-02'), 'vi-VN')).toMatch(/^30 tháng 11\s*–\s*2 tháng 12, 2026$/);
  });

  it('name months', () => {
    expect(formatMonth(day, 'en-GB')).toBe('November 2023');
    expect(formatMonth(day, 'vi-VN')).toMatch(/tháng 11.*2023/);
  });

  it('group digits and mark decimals per locale', () => {
    expect(formatNumber(1234.5, 'vi-VN')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
  });

  it('show VND without decimals and USD with its symbol', () => {
    expect(formatMoney(1_500_000_000, 'VND', 'vi-VN').replace(/\s/g, ' ')).toBe('1.500.000.000 ₫');
    expect(formatMoney(60_000_000, 'USD', 'en-GB')).toBe('US$60,000,000');
    expect(formatMoney(60_000_000, 'USD', 'vi-VN').replace(/\s/g, ' ')).toBe('60.000.000 US$');
  });

  it('give file sizes in decimal units with the locale’s separators', () => {
    expect(formatFileSize(490, 'en-GB')).toBe('490 byte');
    expect(formatFileSize(12_659, 'vi-VN')).toBe('13 kB');
    expect(formatFileSize(4_321, 'vi-VN')).toBe('4,3 kB');
    expect(formatFileSize(1_234_567, 'en-GB')).toBe('1.2 MB');
  });

  it('give machine-readable dates of the same day as the readable ones', () => {
    expect(isoDate(new Date('2023-11-17T00:00:00Z'))).toBe('2023-11-17');
    expect(isoDate(new Date('2023-11-17T00:30:00+07:00'))).toBe('2023-11-17');
  });
});
