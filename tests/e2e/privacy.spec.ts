/** Reading the site tells no third party about the reader: every request stays on the site's own origin. */
import { expect, test } from '@playwright/test';
import { outsideSamples, pageTypeSamples, scrollToBottom, site, tags } from './helpers.ts';

for (const { name, page: sample } of [...pageTypeSamples(), ...outsideSamples()]) {
  test(`reading a page asks nothing of another origin: ${name}`, async ({ page, baseURL }) => {
    const own = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(sample.path);
    await scrollToBottom(page);
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== own);
    expect(foreign).toEqual([]);
    expect(requests.length, 'requests were recorded').toBeGreaterThan(1);
  });
}

test('no page embeds a resource from another origin, even one not loaded yet', () => {
  const embeds: Record<string, string[]> = { img: ['src', 'srcset'], source: ['src', 'srcset'], script: ['src'], iframe: ['src'], video: ['src', 'poster'], audio: ['src'], embed: ['src'], object: ['data'], link: ['href'] };
  const external: string[] = [];
  for (const page of site.pages) {
    for (const [tag, attributes] of Object.entries(embeds)) {
      for (const element of tags(page.html, tag)) {
        // Links that only name a page (canonical, alternates, licence) are not fetched.
        if (tag === 'link' && /^(canonical|alternate|license|author|help|me)$/i.test(element.rel ?? '')) continue;
        for (const attribute of attributes) {
          const urls = (element[attribute] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean);
          for (const url of urls) if (/^(https?:)?\/\//i.test(url)) external.push(`${page.path}: <${tag} ${attribute}="${url}">`);
        }
      }
    }
  }
  expect(external).toEqual([]);
});
