import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { itemFacts } from '../../src/content/facts.ts';
import { readUiResources } from '../../src/i18n/resources.ts';

const resources = readUiResources();
const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: resources.en }, vi: { translation: resources.vi } }, initAsync: false });
const link = () => undefined;

describe('an item’s facts at a glance', () => {
  it('show a project’s capital in VND and USD, formatted for the reader', () => {
    const project = { kind: 'project', sector: 'Logistics', capital: { vnd: 1_500_000_000_000, usd: 60_000_000 }, area: { value: 1250.5, unit: 'ha' } };
    const facts = itemFacts('investment', project, i18n.getFixedT('vi'), 'vi-VN', link);
    expect(facts).toContainEqual({ label: 'Quy mô', value: '1.250,5 ha', href: undefined });
    expect(facts.find((fact) => fact.label === 'Vốn đầu tư dự kiến')?.value.replace(/\s/g, ' ')).toBe('1.500.000.000.000 ₫ ≈ 60.000.000 US$');
  });

  it('show an event’s dates as a range and its venue', () => {
    const event = { kind: 'festival', startDate: new Date('2026-11-24'), endDate: new Date('2026-11-26'), venue: { name: 'Ao Bà Om', address: 'Vĩnh Long' } };
    const facts = itemFacts('events', event, i18n.getFixedT('en'), 'en-GB', link);
    expect(facts.find((fact) => fact.label === 'Date')?.value.replace(/\s/g, ' ')).toBe('24 – 26 November 2026');
    expect(facts).toContainEqual({ label: 'Venue', value: 'Ao Bà Om, Vĩnh Long', href: undefined });
  });

  it('link a locality to the one it belongs to', () => {
    const linkTo = () => ({ label: 'Quảng Trị', href: '/en/localities/quang-tri/' });
    const facts = itemFacts('localities', { kind: 'commune', parent: 'quang-tri', formerNames: [] }, i18n.getFixedT('en'), 'en-GB', linkTo);
    expect(facts).toContainEqual({ label: 'Part of', value: 'Quảng Trị', href: '/en/localities/quang-tri/' });
  });

  it('leave out what the editor did not give', () => {
    const facts = itemFacts('destinations', { kind: 'nature', coordinates: { lat: 1, lon: 2 } }, i18n.getFixedT('en'), 'en-GB', link);
    expect(facts.map((fact) => fact.label)).toEqual(['Type']);
  });
});
