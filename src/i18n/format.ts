/**
 * Dates, numbers and money in the reader's locale, through Intl.
 * `intl` is the locale's BCP 47 tag from content/site.yaml (vi-VN, en-GB…).
 * Dates are shown as they fall in Vietnam, whatever the build machine's zone.
 */
const timeZone = 'Asia/Ho_Chi_Minh';

// One formatter per locale and options, made on first use: making an Intl formatter costs far more than
// using it, and a 10,000-item build formats dates and numbers hundreds of thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(make: new (intl: string, options: object) => F, intl: string, options: object): F {
  const key = `${make.name} ${intl} ${JSON.stringify(options)}`;
  let made = formatters.get(key) as F | undefined;
  if (!made) formatters.set(key, (made = new make(intl, options)));
  return made;
}
const dateFormat = (intl: string, options: Intl.DateTimeFormatOptions) => formatter(Intl.DateTimeFormat, intl, { ...options, timeZone });
const numberFormat = (intl: string, options: Intl.NumberFormatOptions) => formatter(Intl.NumberFormat, intl, options);

/** A calendar date: "17 tháng 11, 2023" in vi-VN, "17 November 2023" in en-GB. */
export function formatDate(date: Date, intl: string): string {
  return dateFormat(intl, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A span of days, shortened the locale's way: "24–26 November 2026". */
export function formatDateRange(start: Date, end: Date, intl: string): string {
  return dateFormat(intl, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end);
}

/** A month heading: "tháng 11 năm 2023" / "November 2023". */
export function formatMonth(date: Date, intl: string): string {
  return dateFormat(intl, { month: 'long', year: 'numeric' }).format(date);
}

/** A time of day in Vietnam: "09:00". */
export function formatTime(date: Date, intl: string): string {
  return dateFormat(intl, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** A number: "1.234,5" in vi-VN, "1,234.5" in en-GB. */
export function formatNumber(value: number, intl: string, maximumFractionDigits = 2): string {
  return numberFormat(intl, { maximumFractionDigits }).format(value);
}

/** A file size in decimal units, as file managers show it: "845 kB", "1,2 MB" in vi-VN. */
export function formatFileSize(bytes: number, intl: string): string {
  const [unit, value] = bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : bytes >= 1_000 ? ['kilobyte', bytes / 1_000] : ['byte', bytes];
  return numberFormat(intl, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** An amount of money: VND without decimals, USD with cents only where there are any. */
export function formatMoney(value: number, currency: 'VND' | 'USD', intl: string): string {
  return numberFormat(intl, {
    style: 'currency',
    currency,
    maximumFractionDigits: currency === 'VND' ? 0 : 2,
    minimumFractionDigits: 0,
  }).format(value);
}

/** A machine-readable date for `<time datetime>` and structured data: `2023-11-17`, as in Vietnam. */
export function isoDate(date: Date): string {
  return dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * Whether the editor wrote a date without a time. Front matter does not keep how a date was written:
 * YAML reads `2026-11-22` as midnight UTC, so a time of exactly 07:00 in Vietnam also counts as a date only.
 */
export const isDateOnly = (date: Date): boolean => date.getTime() % 86_400_000 === 0;

/**
 * A content date as structured data writes it: `2026-11-22` when the editor gave a date only,
 * else the time in Vietnam with its offset, `2026-12-10T08:00:00+07:00`.
 */
export function isoDateOrDateTime(date: Date): string {
  if (isDateOnly(date)) return isoDate(date);
  const part = Object.fromEntries(
    dateFormat('en-CA', {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23', timeZoneName: 'longOffset',
    }).formatToParts(date).map(({ type, value }) => [type, value]),
  );
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}${part.timeZoneName.replace('GMT', '')}`;
}
