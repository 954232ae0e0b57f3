import { describe, expect, it } from 'vitest';
import { barChart, niceTicks, yearSeries } from '../../src/charts/bar-chart.ts';

describe('round gridline values', () => {
  it('step by 1, 2 or 5 times a power of ten and cover the range', () => {
    expect(niceTicks(0, 187)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(0, 1_870_845)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000]);
    expect(niceTicks(0, 9)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('stay exact on decimal steps', () => {
    expect(niceTicks(0, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('reach below zero for negative values', () => {
    expect(niceTicks(-3, 7)).toEqual([-4, -2, 0, 2, 4, 6, 8]);
  });
});

describe('a column chart of a figure over the years', () => {
  const chart = barChart([{ year: 2023, value: 50 }, { year: 2021, value: 25 }, { year: 2022, value: 100 }], { width: 400, height: 200 });

  it('puts the years in order, left to right', () => {
    expect(chart.columns.map((column) => column.year)).toEqual([2021, 2022, 2023]);
    const xs = chart.columns.map((column) => column.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws columns from a zero baseline, their heights proportional to the values', () => {
    const [a, b, c] = chart.columns;
    expect(chart.baseline).toBe(chart.plot.bottom);
    for (const column of chart.columns) expect(column.y + column.height).toBeCloseTo(chart.baseline);
    expect(b.height / a.height).toBeCloseTo(4);
    expect(c.height / a.height).toBeCloseTo(2);
    expect(b.y).toBeCloseTo(chart.plot.top); // 100 is the top gridline
  });

  it('keeps every column and label inside the drawing', () => {
    for (const column of chart.columns) {
      expect(column.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(column.x + column.width).toBeLessThanOrEqual(chart.plot.right);
      expect(column.valueLabel.y).toBeGreaterThan(0);
      expect(column.yearLabel.y).toBeLessThan(chart.height);
    }
  });

  it('places gridlines from the baseline up, at round values', () => {
    expect(chart.gridlines.map((line) => line.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(chart.gridlines[0].y).toBe(chart.baseline);
  });

  it('hangs a negative value below the baseline', () => {
    const negative = barChart([{ year: 2020, value: -2 }, { year: 2021, value: 6 }]);
    const [down, up] = negative.columns;
    expect(down.y).toBeCloseTo(negative.baseline);
    expect(up.y + up.height).toBeCloseTo(negative.baseline);
    expect(down.valueLabel.y).toBeGreaterThan(negative.baseline);
  });

  it('refuses an empty series', () => {
    expect(() => barChart([])).toThrow(/at least one value/);
  });
});

describe('a figure’s series', () => {
  it('keeps one value per year, the later entry winning', () => {
    expect(yearSeries([{ year: 2025, value: 3 }, { year: 2024, value: 2 }, { year: 2025, value: 4 }])).toEqual([
      { year: 2024, value: 2 },
      { year: 2025, value: 4 },
    ]);
  });
});
