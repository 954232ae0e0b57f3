/**
 * What investors get: locality profiles with sourced figures and charts whose
 * data is also a table, a sortable comparison with its data as CSV, a project
 * catalogue that filters, fact sheets that print on one page, and whom to
 * contact on every investment page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { pagesOf, root, site, type SitePage } from './helpers.ts';

const contentDir = path.join(root, 'content');
const agency = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')).investmentAgency;

/** The fields of an RFC 4180 CSV text, line by line (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') rows.at(-1)!.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++;
    else field += char;
  }
  if (field || rows.at(-1)!.length) rows.at(-1)!.push(field);
  return rows.filter((row) => row.length > 1);
}

const comparisonOf = (locale: string) => pagesOf({ kind: 'locality-comparison', locale })[0];

/** The values of one column of the comparison table, top to bottom (NaN where a locality lacks the figure). */
const columnValues = (page: Page, figure: string) =>
  page.locator(`tbody td[data-figure="${figure}"]`).evaluateAll((cells) => cells.map((cell) => Number(cell.querySelector('data')?.getAttribute('value') ?? NaN)));
const localityOrder = (page: Page) => page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-locality')));

for (const locale of site.locales) {
  test(`a locality profile shows its figures with source and year, and charts whose table holds the chart’s data (${locale})`, async ({ page, request }) => {
    const profiles = pagesOf({ kind: 'item', locale, section: 'localities', fallback: false });
    const charted = profiles.find((profile) => profile.html.includes('data-figure-chart'));
    expect(charted, 'a locality page with a chart').toBeDefined();
    await page.goto(charted!.path);

    const figures = page.locator('.key-figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      await expect(figure.locator('.key-figure__source')).toHaveText(/\b(19|20)\d\d\b.*\S+:\s*\S+/);
    }
    await expect(page.locator('[data-profile="connectivity"] dd').first()).toBeVisible();
    await expect(page.locator('[data-profile="zones"] dd').first()).toBeVisible();

    const data = await (await request.get(`/${locale}/data/localities.json`)).json();
    const locality = data.localities.find((entry: { url: string }) => new URL(entry.url).pathname === charted!.path);
    for (const chart of await page.locator('[data-figure-chart]').all()) {
      const svg = chart.locator('svg[role="img"]');
      const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      await expect(svg.locator(`title#${titleId}`)).not.toBeEmpty();
      await expect(svg.locator(`desc#${descId}`)).not.toBeEmpty();
      await expect(svg.locator('.figure-chart__axis')).toHaveCount(2);

      // The table's rows are the chart's columns: same years, same values, in the same order.
      const table = await chart.locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({ year: Number(row.querySelector('th')!.textContent), value: Number(row.querySelector('data')!.getAttribute('value')), label: row.querySelector('td')!.textContent!.trim() })),
      );
      const columns = await svg.locator('.figure-chart__column').evaluateAll((groups) =>
        groups.map((group) => [...group.querySelectorAll('text')].map((text) => text.textContent!.trim())),
      );
      expect(columns).toEqual(table.map((row) => [row.label, String(row.year)]));

      // And they are the published figure: its history and its current value.
      const id = await chart.getAttribute('data-figure-chart');
      const figure = locality.figures.find((entry: { id: string }) => entry.id === id);
      expect(table.map(({ year, value }) => ({ year, value }))).toEqual([...figure.history, { year: figure.year, value: figure.value }]);
      if (figure.sample) await expect(chart.locator('.badge--sample')).toBeVisible();
    }
  });

  test(`the comparison table sorts by a column without a server round trip (${locale})`, async ({ page }) => {
    await page.goto(comparisonOf(locale).path);
    const heading = page.locator('thead th[data-figure="population"]');
    const before = await localityOrder(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await heading.getByRole('button').click();
    await expect(heading).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('thead th[aria-sort]')).toHaveCount(1);
    const ascending = await columnValues(page, 'population');
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await localityOrder(page)).not.toEqual(before);

    await heading.getByRole('button').click();
    await expect(heading).toHaveAttribute('aria-sort', 'descending');
    expect(await columnValues(page, 'population')).toEqual([...ascending].reverse());
    expect(requests, 'sorting loads nothing').toEqual([]);
  });

  test(`the comparison’s CSV holds the table’s data, with a BOM and CRLF lines (${locale})`, async ({ page, request }) => {
    await page.goto(comparisonOf(locale).path);
    const href = await page.locator('a[data-download="csv"]').getAttribute('href');
    expect(href).toBe(`/${locale}/data/localities.csv`);
    const response = await request.get(href!);
    expect(response.headers()['content-type']).toContain('text/csv');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(['locality_id', 'locality', 'figure_id', 'figure', 'value', 'unit', 'year', 'source', 'sample']);

    const table = await page.locator('tbody td[data-figure]:has(data)').evaluateAll((cells) =>
      cells.map((cell) => [cell.closest('tr')!.getAttribute('data-locality'), cell.getAttribute('data-figure'), cell.querySelector('data')!.getAttribute('value'), cell.querySelector('[data-year]')!.textContent].join('|')),
    );
    const csv = records.map((record) => [record[0], record[2], record[4], record[6]].join('|'));
    expect(csv.sort()).toEqual(table.sort());
    expect(table.length).toBeGreaterThan(0);
  });

  test(`project filters narrow the catalogue, keep their choice in the URL, and widen back (${locale})`, async ({ page }) => {
    const catalogue = pagesOf({ kind: 'project-catalogue', locale })[0];
    await page.goto(catalogue.path);
    const visible = page.locator('[data-project]:visible');
    const all = await page.locator('[data-project]').count();
    expect(all).toBeGreaterThan(2);
    await expect(visible).toHaveCount(all);

    await page.locator('select[name="sector"]').selectOption('logistics');
    const bySector = await visible.count();
    expect(bySector).toBeGreaterThan(1);
    expect(bySector).toBeLessThan(all);
    expect(new URL(page.url()).search).toBe('?sector=logistics');

    const locality = await visible.first().getAttribute('data-locality');
    await page.locator('select[name="locality"]').selectOption(locality!);
    await expect(visible).toHaveCount(1);
    await expect(page.locator('[data-project-count]')).toContainText('1');
    const shared = page.url();

    await page.locator('select[name="sector"]').selectOption('');
    await page.locator('select[name="locality"]').selectOption('');
    await expect(visible).toHaveCount(all);
    expect(new URL(page.url()).search).toBe('');

    // A shared link opens the same selection.
    await page.goto(shared);
    await expect(visible).toHaveCount(1);
    await expect(page.locator('select[name="locality"]')).toHaveValue(locality!);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue lists every project and the comparison table is whole, with no controls that would do nothing', async ({ page }) => {
    const catalogue = pagesOf({ kind: 'project-catalogue', locale: site.defaultLocale })[0];
    await page.goto(catalogue.path);
    await expect(page.locator('form[data-project-filters]')).toBeHidden();
    await expect(page.locator('[data-project]:visible')).toHaveCount(await page.locator('[data-project]').count());

    await page.goto(comparisonOf(site.defaultLocale).path);
    await expect(page.locator('thead button')).toHaveCount(0);
    expect(await page.locator('tbody tr').count()).toBe(pagesOf({ kind: 'item', locale: site.defaultLocale, section: 'localities' }).length);
  });
});

const factSheets = pagesOf({ kind: 'fact-sheet' });

test('every project has a fact sheet in every language', () => {
  const projects = pagesOf({ kind: 'item', section: 'investment' }).filter((page) => page.html.includes('class="fact-sheet-link"'));
  expect(projects.length).toBeGreaterThan(0);
  const linked = projects.map((project) => /class="fact-sheet-link"><a href="([^"]+)"/.exec(project.html)?.[1]);
  expect(factSheets.map((sheet) => sheet.path).sort()).toEqual(linked.sort());
});

for (const sheet of factSheets) {
  test(`the fact sheet prints on exactly one A4 page: ${sheet.path}`, async ({ page }) => {
    await page.goto(sheet.path);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g), 'pages in the PDF').toHaveLength(1);
    // What the sheet is for is on the paper.
    const printed = await page.locator('[data-fact-sheet]').innerText();
    expect(printed).toContain(agency.email);
    expect(printed).toContain(sheet.h1!);
  });
}

/** Every page of the investment section and the investors' pages under it. */
const investmentPages = (): SitePage[] => [
  ...pagesOf({ kind: 'listing', section: 'investment' }),
  ...pagesOf({ kind: 'item', section: 'investment' }),
  ...pagesOf({ kind: 'project-catalogue' }),
  ...factSheets,
];

test('every investment page has the investment promotion agency’s contact block, from content/site.yaml', () => {
  expect(agency, 'content/site.yaml names an investment promotion agency').toBeDefined();
  const pages = investmentPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const page of pages) {
    const block = /<section[^>]*data-agency-contact[^>]*>([\s\S]*?)<\/section>/.exec(page.html)?.[1];
    expect.soft(block, `${page.path} has the agency block`).toBeDefined();
    expect.soft(block, page.path).toContain(agency.name[page.locale!]);
    expect.soft(block, page.path).toContain(`mailto:${agency.email}`);
  }
});
