/**
 * What a phone shows first comes first: the largest image in the first viewport
 * (the page's Largest Contentful Paint, when it is an image) is fetched early,
 * as AVIF, no wider than the screen needs, and the page barely shifts as it loads, even when its fonts come late.
 */
import { expect, test } from '@playwright/test';
import { pageTypeSamples } from './helpers.ts';

// Lighthouse's mobile profile: a Moto G Power, 412 × 823 CSS pixels at 1.75 device pixels each.
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

interface FirstView {
  largest: { tag: string; image: boolean; loading: string | null; fetchpriority: string | null; currentSrc: string; renderedWidth: number; candidates: { url: string; width: number }[] } | null;
  layoutShift: number;
}

for (const { name, page: sample } of pageTypeSamples()) {
  test(`the largest image a phone shows first is fetched first, as AVIF at the width it needs, and the page barely shifts: ${name}`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: { lcp?: Element | null; shift: number } = { shift: 0 };
      (window as unknown as { firstView: typeof seen }).firstView = seen;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) seen.lcp = (entry as PerformanceEntry & { element: Element | null }).element; }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) seen.shift += (entry as PerformanceEntry & { value: number; hadRecentInput: boolean }).hadRecentInput ? 0 : (entry as PerformanceEntry & { value: number }).value; }).observe({ type: 'layout-shift', buffered: true });
    });
    // The fonts come late, as on a slow phone network: the page paints in the local fallback first and then swaps.
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.goto(sample.path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const view = await page.evaluate((): FirstView => {
      const seen = (window as unknown as { firstView: { lcp?: Element | null; shift: number } }).firstView;
      const element = seen.lcp ?? null;
      const img = element instanceof HTMLImageElement ? element : null;
      return {
        largest: element && {
          tag: element.outerHTML.slice(0, 120),
          image: Boolean(img),
          loading: img?.getAttribute('loading') ?? null,
          fetchpriority: img?.getAttribute('fetchpriority') ?? null,
          currentSrc: img?.currentSrc ?? '',
          renderedWidth: img?.getBoundingClientRect().width ?? 0,
          // The files the browser chose from (naturalWidth is scaled by the srcset's density, so it cannot tell).
          candidates: [...(img?.parentElement?.querySelectorAll('source[type="image/avif"]') ?? [])].flatMap((source) =>
            source.getAttribute('srcset')!.split(',').map((candidate) => {
              const [url, width] = candidate.trim().split(/\s+/);
              return { url: new URL(url, location.href).href, width: parseInt(width, 10) };
            }),
          ),
        },
        layoutShift: seen.shift,
      };
    });
    // Web Vitals' "good", with the fonts late. Images are sized (images.spec.ts); the fallback font is sized like the
    // site font (src/fonts/fallback.ts), so the swap moves most pages 0.0004 (a Vietnamese event page 0.11 without it).
    // Not zero: a line that just fits in one font can wrap in the other (0.07 on a locality page, whose published and
    // updated dates share a line in one font only), and the search page fills in Pagefind's results after the first paint.
    expect(view.layoutShift, 'cumulative layout shift').toBeLessThan(0.1);
    test.info().annotations.push({ type: 'largest contentful paint', description: view.largest?.tag ?? 'none' });
    if (!view.largest?.image) return;
    const { loading, fetchpriority, currentSrc, renderedWidth, candidates } = view.largest;
    expect(loading, view.largest.tag).not.toBe('lazy');
    expect(fetchpriority, view.largest.tag).toBe('high');
    expect(currentSrc, view.largest.tag).toMatch(/\.avif$/);
    const chosen = candidates.find((candidate) => candidate.url === currentSrc);
    expect(chosen, `${currentSrc} is one of the AVIF candidates`).toBeDefined();
    const needed = renderedWidth * 1.75;
    const enough = candidates.filter((candidate) => candidate.width >= needed).map((candidate) => candidate.width);
    // The narrowest file that is sharp on this screen, or the widest there is.
    expect(chosen!.width, `${currentSrc} for ${Math.round(needed)} device pixels`).toBe(enough.length ? Math.min(...enough) : Math.max(...candidates.map((candidate) => candidate.width)));
  });
}
