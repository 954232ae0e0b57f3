import { describe, expect, it } from 'vitest';
import { compareLocalities, type LocalityFigures } from '../../src/localities/comparison.ts';
import { csvColumns, localitiesCsv, localitiesJson } from '../../src/open-data/localities.ts';

const figure = (id: string, label: string, value: number, extra: Partial<LocalityFigures['figures'][number]> = {}) => ({
  id, label, value, unit: 'km²', year: 2025, source: 'Resolution No. 202/2025/QH15', sample: false, history: [], ...extra,
});
const localities: LocalityFigures[] = [
  { key: 'quang-tri', name: 'Quảng Trị', path: '/vi/dia-phuong/quang-tri/', figures: [figure('area', 'Diện tích', 12700)] },
  {
    key: 'lang-son', name: 'Lạng Sơn', path: '/vi/dia-phuong/lang-son/',
    figures: [
      figure('grdp', 'GRDP', 52.5, { unit: 'nghìn tỷ đồng', sample: true, source: 'Niên giám "mẫu", 2025', history: [{ year: 2024, value: 50 }, { year: 2023, value: 47 }] }),
      figure('area', 'Diện tích (khác)', 8310),
    ],
  },
];
const comparison = compareLocalities(localities);

describe('the comparison of localities', () => {
  it('has a column per figure id, in order of first appearance, labelled by the first locality with it', () => {
    expect(comparison.columns).toEqual([
      { id: 'area', label: 'Diện tích', unit: 'km²' },
      { id: 'grdp', label: 'GRDP', unit: 'nghìn tỷ đồng' },
    ]);
  });

  it('lines each locality’s figures up under their columns, leaving a gap where one is missing', () => {
    expect(comparison.rows.map((row) => row.cells.map((cell) => cell?.value))).toEqual([[12700, undefined], [8310, 52.5]]);
  });
});

describe('the localities as CSV', () => {
  const csv = localitiesCsv(comparison);

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${csvColumns.join(',')}`);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('has one line per locality and figure it publishes, values as plain numbers', () => {
    const lines = csv.trimEnd().split('\r\n').slice(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('quang-tri,Quảng Trị,area,Diện tích,12700,km²,2025,Resolution No. 202/2025/QH15,false');
  });

  it('quotes fields with commas and doubles the quotes inside them (RFC 4180)', () => {
    expect(csv).toContain('"Niên giám ""mẫu"", 2025",true');
  });
});

describe('the localities as JSON', () => {
  const facts = {
    title: 'Key figures', language: 'vi', page: 'https://sen.example/vi/dia-phuong/so-sanh/',
    csv: 'https://sen.example/vi/data/localities.csv', publisher: 'Sen', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  };
  const json = JSON.parse(localitiesJson(comparison, facts, 'https://sen.example'));

  it('names the dataset, its licence and its CSV twin', () => {
    expect(json).toMatchObject({ language: 'vi', csv: facts.csv, licence: { name: 'CC BY 4.0' } });
  });

  it('gives each locality’s page as an absolute URL and its figures with history, oldest first', () => {
    expect(json.localities[1].url).toBe('https://sen.example/vi/dia-phuong/lang-son/');
    expect(json.localities[1].figures[1]).toMatchObject({ id: 'grdp', value: 52.5, sample: true, history: [{ year: 2023, value: 47 }, { year: 2024, value: 50 }] });
  });
});
