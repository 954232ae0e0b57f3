/** Every kind of page meets WCAG 2.2 AA as far as axe-core can tell. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { outsideSamples, pageTypeSamples } from './helpers.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One readable line per violation: rule, what it asks, where. */
const describe = (violation: Violation) =>
  `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;

for (const { name, page: sample } of [...pageTypeSamples(), ...outsideSamples()]) {
  test(`axe finds no WCAG 2.2 AA violation: ${name}`, async ({ page }) => {
    await page.goto(sample.path);
    await page.evaluate(() => document.fonts.ready);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map(describe), `axe violations on ${sample.path}`).toEqual([]);
  });
}
