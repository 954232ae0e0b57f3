/** Every kind of page meets WCAG 2.2 AA as far as axe-core can tell. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { outsideSamples, pageTypeSamples } from './helpers.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One readable line per violation: rule, what it asks, where. */
const describe = (violation: Violation) =>
  `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;

for (const { name, page: sample } of [...pageTypeSamples(), ...outsideSamples()]) {
  test(`axe finds no WCAG 2.2 AA violation, on a wide screen or a phone: ${name}`, async ({ page }) => {
    test.slow(); // axe runs twice: at both widths
    const violations: string[] = [];
    await page.goto(sample.path);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => document.fonts.ready);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      violations.push(...results.violations.map((violation) => `at ${viewport.width} px: ${describe(violation)}`));
    }
    expect(violations, `axe violations on ${sample.path}`).toEqual([]);
  });
}
