/**
 * The localities side by side: one row per locality, one column per key
 * figure (matched by its `id`, the same in every language), each cell the
 * figure with its unit, year, source and sample flag.
 */
import type { KeyFigure } from '../content/schema.ts';

export interface LocalityFigures {
  key: string;
  name: string;
  /** The locality's page. */
  path: string;
  figures: KeyFigure[];
}

export interface ComparisonColumn {
  id: string;
  label: string;
  /** The unit of the column's first figure: cells in another unit show their own. */
  unit?: string;
}

export interface ComparisonRow {
  key: string;
  name: string;
  path: string;
  /** One per column; undefined where the locality does not publish that figure. */
  cells: (KeyFigure | undefined)[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

/** Columns in the order figures first appear, labelled as the first locality that has each labels it. */
export function compareLocalities(localities: LocalityFigures[]): Comparison {
  const columns = new Map<string, ComparisonColumn>();
  for (const figure of localities.flatMap((locality) => locality.figures)) {
    if (!columns.has(figure.id)) columns.set(figure.id, { id: figure.id, label: figure.label, unit: figure.unit });
  }
  return {
    columns: [...columns.values()],
    rows: localities.map(({ key, name, path, figures }) => ({
      key,
      name,
      path,
      cells: [...columns.keys()].map((id) => figures.find((figure) => figure.id === id)),
    })),
  };
}
