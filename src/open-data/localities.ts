/**
 * The localities' key figures as open data, in the reader's language: CSV of
 * the comparison table (one line per locality and figure, values as plain
 * numbers) and JSON with each figure's history as well.
 */
import { stringify } from 'csv-stringify/sync';
import type { Comparison } from '../localities/comparison.ts';

/** The CSV header: stable English names, whatever the language of the values. */
export const csvColumns = ['locality_id', 'locality', 'figure_id', 'figure', 'value', 'unit', 'year', 'source', 'sample'] as const;

/**
 * RFC 4180 CSV (CRLF line ends, fields quoted where they hold a comma, quote
 * or line break), UTF-8 with a byte-order mark so that Excel reads Vietnamese
 * letters right.
 */
export function localitiesCsv(comparison: Comparison): string {
  const records = comparison.rows.flatMap((row) =>
    row.cells.flatMap((figure) =>
      figure ? [[row.key, row.name, figure.id, figure.label, figure.value, figure.unit ?? '', figure.year, figure.source, figure.sample]] : [],
    ),
  );
  return stringify([[...csvColumns], ...records], {
    bom: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value), number: (value) => String(value) },
  });
}

export interface DatasetFacts {
  title: string;
  language: string;
  /** Absolute URLs: the comparison page, and the same data as CSV. */
  page: string;
  csv: string;
  publisher: string;
  licence: { name: string; url: string };
}

/** JSON of every locality's figures, each with its earlier values (`history`), oldest first. */
export function localitiesJson(comparison: Comparison, facts: DatasetFacts, siteUrl: string): string {
  const dataset = {
    ...facts,
    localities: comparison.rows.map((row) => ({
      id: row.key,
      name: row.name,
      url: new URL(row.path, siteUrl).href,
      figures: row.cells.flatMap((figure) =>
        figure ? [{ ...figure, unit: figure.unit ?? null, history: [...figure.history].sort((a, b) => a.year - b.year) }] : [],
      ),
    })),
  };
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
