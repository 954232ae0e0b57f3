/**
 * The geometry of a column chart of a figure over the years, for an SVG drawn
 * at build time: one column per year from a zero baseline (so that column
 * heights compare honestly), round-number gridlines, and every value labelled.
 */

export interface ChartPoint {
  year: number;
  value: number;
}

export interface ChartSize {
  width: number;
  height: number;
}

export interface Column {
  year: number;
  value: number;
  /** The column's rectangle, in SVG user units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the year goes, under the axis, and the value, over the column's end. */
  yearLabel: { x: number; y: number };
  valueLabel: { x: number; y: number };
}

export interface Gridline {
  value: number;
  y: number;
}

export interface BarChart extends ChartSize {
  /** The plot area, inside the room left for axis labels. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** The y of the zero line. */
  baseline: number;
  columns: Column[];
  gridlines: Gridline[];
}

/** Room around the plot for the value axis' labels (left), value labels (top) and years (bottom). */
const margin = { top: 28, right: 12, bottom: 44, left: 64 };

/**
 * Round gridline values from `min` to `max` (both included), about `count`
 * of them, at steps of 1, 2 or 5 times a power of ten.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let index = Math.floor(min / step); index <= Math.ceil(max / step); index++) {
    // Multiples of a decimal step drift (0.1 * 3 = 0.30000000000000004): round to the step's precision.
    ticks.push(Number((index * step).toFixed(Math.max(0, -Math.floor(Math.log10(step))))));
  }
  return ticks;
}

/** The series in year order, one value per year: a later entry for a year replaces an earlier one. */
export function yearSeries(points: ChartPoint[]): ChartPoint[] {
  const byYear = new Map(points.map((point) => [point.year, point.value]));
  return [...byYear].sort(([a], [b]) => a - b).map(([year, value]) => ({ year, value }));
}

export function barChart(points: ChartPoint[], size: ChartSize = { width: 560, height: 260 }): BarChart {
  const series = yearSeries(points);
  if (series.length === 0) throw new Error('A chart needs at least one value');
  const plot = { left: margin.left, top: margin.top, right: size.width - margin.right, bottom: size.height - margin.bottom };
  const values = series.map((point) => point.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const [low, high] = [ticks[0], ticks.at(-1)!];
  const y = (value: number) => (high === low ? plot.bottom : plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top));
  const baseline = y(0);
  const slot = (plot.right - plot.left) / series.length;
  const columns = series.map((point, index): Column => {
    const top = Math.min(y(point.value), baseline);
    const width = slot * 0.6;
    const x = plot.left + slot * index + (slot - width) / 2;
    const centre = x + width / 2;
    return {
      ...point,
      x,
      y: top,
      width,
      height: Math.abs(baseline - y(point.value)),
      yearLabel: { x: centre, y: plot.bottom + 20 },
      valueLabel: { x: centre, y: point.value >= 0 ? top - 6 : top + Math.abs(baseline - y(point.value)) + 16 },
    };
  });
  return { ...size, plot, baseline, columns, gridlines: ticks.map((value) => ({ value, y: y(value) })) };
}
