/**
 * The "at a glance" facts of an item, as label–value pairs in the reader's
 * language: typed front-matter fields rendered, never free prose.
 */
import type { TFunction } from 'i18next';
import type { SectionId } from './sections.ts';
import type { Person, Place } from './schema.ts';
import { formatDate, formatDateRange, formatMoney, formatNumber } from '../i18n/format.ts';

export interface Fact {
  label: string;
  /** Plain text, or a link when `href` is set. */
  value: string;
  href?: string;
}

export type LinkTo = (section: SectionId, key: string) => { label: string; href: string } | undefined;

/** "Nguyễn Văn A, Spokesperson, +84…, a@b.vn": a person on one line. */
export const describePerson = (person: Person): string =>
  [person.name, person.position, person.organization, person.phone, person.email].filter(Boolean).join(', ');

/** "Ao Bà Om, Vĩnh Long": a place's name and address on one line. */
export const describePlace = (place: Place): string => [place.name, place.address].filter(Boolean).join(', ');

export function itemFacts(section: SectionId, data: Record<string, any>, t: TFunction, intl: string, linkTo: LinkTo): Fact[] {
  const facts: Fact[] = [];
  const add = (label: string, value: string | undefined, href?: string) => {
    if (value) facts.push({ label: t(`facts.${label}`), value, href });
  };
  const addLink = (label: string, section: SectionId, key: string | undefined) => {
    const link = key ? linkTo(section, key) : undefined;
    if (link) add(label, link.label, link.href);
  };
  const date = (value: Date | undefined) => (value ? formatDate(value, intl) : undefined);

  if ('kind' in data && section !== 'news') add('kind', t(`kinds.${data.kind}`));
  if ('category' in data) add('category', t(`kinds.${data.category}`));
  switch (section) {
    case 'localities':
      addLink('parent', 'localities', data.parent);
      break;
    case 'destinations':
      add('gettingThere', data.gettingThere);
      add('bestSeason', data.bestSeason);
      add('openingHours', data.openingHours);
      add('fees', data.fees);
      break;
    case 'news':
      add('kind', t(`kinds.${data.kind}`));
      add('number', data.number);
      add('issuer', data.issuer);
      add('author', data.author && describePerson(data.author));
      add('contact', data.contact && describePerson(data.contact));
      break;
    case 'events':
      add('date', data.endDate ? formatDateRange(data.startDate, data.endDate, intl) : date(data.startDate));
      add('lunarDate', data.lunarDate);
      add('venue', describePlace(data.venue));
      add('organizer', data.organizer);
      break;
    case 'investment':
      add('sector', data.sector);
      add('area', data.area && `${formatNumber(data.area.value, intl)} ${data.area.unit}`);
      add('capital', data.capital && [data.capital.vnd && formatMoney(data.capital.vnd, 'VND', intl), data.capital.usd && formatMoney(data.capital.usd, 'USD', intl)].filter(Boolean).join(' ≈ '));
      add('form', data.form);
      add('status', data.status);
      add('contact', data.contact && describePerson(data.contact));
      break;
    case 'clarifications':
      add('verdict', t(`verdicts.${data.verdict}`));
      add('appearedIn', `${data.claim.appearedIn}, ${date(data.claim.appearedAt)}`);
      add('agency', data.agency);
      break;
  }
  return facts;
}
