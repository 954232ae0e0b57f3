import { expect, test, type Page } from '@playwright/test';

const searchPage = { vi: '/vi/tim-kiem/', en: '/en/search/' } as const;
type Locale = keyof typeof searchPage;

/** The URLs of the first five results for a query, as a reader gets them on the search page. */
async function topFive(page: Page, locale: Locale, query: string, params = ''): Promise<string[]> {
  await page.goto(`${searchPage[locale]}?q=${encodeURIComponent(query)}${params}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/“/, { timeout: 15_000 });
  return page.locator('.search-result h2 a').evaluateAll((links) => links.slice(0, 5).map((link) => link.getAttribute('href')!));
}

const finds: [Locale, string, string][] = [
  // Unaccented queries find accented text, đ folded to d.
  ['vi', 'dong hoi', '/vi/diem-den/dong-hoi/'],
  ['vi', 'dak glei', '/vi/diem-den/dak-glei/'],
  ['vi', 'ba be', '/vi/diem-den/ho-ba-be/'],
  ['vi', 'phong nha ke bang', '/vi/diem-den/phong-nha-ke-bang/'],
  ['en', 'dong hoi', '/en/destinations/dong-hoi/'],
  ['en', 'dak glei', '/en/destinations/dak-glei/'],
  ['en', 'ba be', '/en/destinations/ba-be-lake/'],
  // Former names find the locality that absorbed them.
  ['vi', 'Quảng Bình', '/vi/dia-phuong/quang-tri/'],
  ['vi', 'quang binh', '/vi/dia-phuong/quang-tri/'],
  ['vi', 'Kon Tum', '/vi/dia-phuong/quang-ngai/'],
  ['vi', 'Bắc Kạn', '/vi/dia-phuong/thai-nguyen/'],
  ['vi', 'bac kan', '/vi/dia-phuong/thai-nguyen/'],
  ['vi', 'Trà Vinh', '/vi/dia-phuong/vinh-long/'],
  ['vi', 'Văn Lãng', '/vi/dia-phuong/lang-son/'],
  ['en', 'Quảng Bình', '/en/localities/quang-tri/'],
  ['en', 'quang binh', '/en/localities/quang-tri/'],
  ['en', 'Kon Tum', '/en/localities/quang-ngai/'],
  ['en', 'Bac Kan', '/en/localities/thai-nguyen/'],
  ['en', 'Tra Vinh', '/en/localities/vinh-long/'],
  ['en', 'Van Lang', '/en/localities/lang-son/'],
  // English queries find English pages.
  ['en', 'Phong Nha cave', '/en/destinations/phong-nha-ke-bang/'],
  ['en', 'Khmer pagoda', '/en/destinations/ang-pagoda/'],
  ['en', 'investment incentives', '/en/investment/investment-incentives/'],
];

for (const [locale, query, expected] of finds) {
  test(`"${query}" finds ${expected} in the top five (${locale})`, async ({ page }) => {
    expect(await topFive(page, locale, query)).toContain(expected);
  });
}

test('an exact-accent query ranks the exact match first', async ({ page }) => {
  expect((await topFive(page, 'vi', 'Đồng Hới'))[0]).toBe('/vi/diem-den/dong-hoi/');
  expect((await topFive(page, 'vi', 'Đắk Glei'))[0]).toBe('/vi/diem-den/dak-glei/');
});

test('results show the title with đ restored, the section, the date and the match highlighted', async ({ page }) => {
  await topFive(page, 'vi', 'dong hoi');
  const first = page.locator('.search-result').first();
  await expect(first.locator('h2')).toHaveText('Đồng Hới');
  await expect(first.locator('.search-result__meta')).toHaveText(/^Điểm đến · \d+ tháng \d+, \d{4}$/);
  await expect(first.locator('mark').first()).toHaveText(/Đồng|Hới/);
  await expect(first).not.toContainText('\u0335');
});

test('results come from the reader’s locale only', async ({ page }) => {
  for (const locale of ['vi', 'en'] as const) {
    const urls = await topFive(page, locale, 'Phong Nha');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(new RegExp(`^/${locale}/`));
  }
});

test('an untranslated page is not indexed under the locale it falls back into', async ({ page }) => {
  const vietnamese = await topFive(page, 'vi', 'tập huấn thông tin đối ngoại cấp xã');
  expect(vietnamese).toContain('/vi/tin-tuc/tap-huan-thong-tin-doi-ngoai-cap-xa/');
  await topFive(page, 'en', 'tập huấn');
  await expect(page.locator('.search-result a[href="/en/news/tap-huan-thong-tin-doi-ngoai-cap-xa/"]')).toHaveCount(0);
});

test('the section filter narrows results to that section', async ({ page }) => {
  const all = await topFive(page, 'en', 'Phong Nha');
  expect(all.some((url) => !url.startsWith('/en/destinations/'))).toBe(true);
  await page.locator('select[data-filter="section"]').selectOption('Destinations');
  await expect(page.locator('[data-search-status]')).toHaveText(/“Phong Nha”/);
  const urls = await page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^\/en\/destinations\//);
});

test('the locality and year filters narrow results, and survive a reload', async ({ page }) => {
  await topFive(page, 'vi', 'lễ hội');
  await page.locator('select[data-filter="locality"]').selectOption('Vĩnh Long');
  await page.locator('select[data-filter="year"]').selectOption('2026');
  await expect(page).toHaveURL(/locality=V%C4%A9nh\+Long.*year=2026|year=2026.*locality=V%C4%A9nh\+Long/);
  await page.reload();
  await expect(page.locator('[data-search-status]')).toHaveText(/“lễ hội”/);
  const metas = await page.locator('.search-result__meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toMatch(/2026$/);
});

test('news can be sorted newest first', async ({ page }) => {
  await page.goto(`${searchPage.en}?q=press&section=${encodeURIComponent('News and press releases')}&sort=newest`);
  await expect(page.locator('[data-search-status]')).toHaveText(/“press”/);
  const dates = await page.locator('.search-result__meta').evaluateAll((metas) => metas.map((meta) => Date.parse(meta.textContent!.split(' · ')[1])));
  expect(dates.length).toBeGreaterThan(2);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});

test('search costs nothing until used: no search script or index is fetched before the search page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  for (const path of ['/vi/', '/en/destinations/', '/vi/diem-den/dong-hoi/']) {
    await page.goto(path);
    await page.locator('#site-search').focus();
  }
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.locator('#site-search').fill('Ba Bể');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/vi\/tim-kiem\/\?q=Ba/);
  // The first query of a fresh page loads Pagefind's WebAssembly and index: give a loaded machine time.
  await expect(page.locator('[data-search-status]')).toHaveText(/“Ba Bể”/, { timeout: 15_000 });
  expect(fetched.some((path) => path.startsWith('/pagefind/pagefind'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box leads to a search page that explains it needs JavaScript and links to the sections', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('#site-search').fill('Ba Be');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=Ba\+Be/);
    await expect(page.locator('main')).toContainText('Search needs JavaScript');
    await expect(page.locator('.search-sections a[href="/en/destinations/"]')).toBeVisible();
  });
});

test('results appear as the reader types, without submitting', async ({ page }) => {
  await page.goto(searchPage.en);
  await expect(page.locator('[data-search-filters]')).toBeVisible();
  await page.locator('#search-query').pressSequentially('Mang Den', { delay: 30 });
  await expect(page.locator('[data-search-status]')).toHaveText(/“Mang Den”/);
  expect(await page.locator('.search-result h2 a').first().getAttribute('href')).toBe('/en/destinations/mang-den/');
  await expect(page).toHaveURL(/\?q=Mang\+Den$/);
});

test('switching language keeps the query', async ({ page }) => {
  await topFive(page, 'vi', 'Mang Den');
  await page.locator('a[data-language-switch][hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=Mang\+Den$/);
  await expect(page.locator('[data-search-status]')).toHaveText(/“Mang Den”/);
});
