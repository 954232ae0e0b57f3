/**
 * A strict Content Security Policy on every page: nothing inline runs unless
 * the policy names its hash, nothing loads from another origin, and the site
 * itself never trips its own policy. The host sends the policy too (_headers).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pagePolicy as policyOf, policyDirectives as directives } from '../../src/hosting/content-security.ts';
import { headersFor, parseHeadersFile } from '../../src/hosting/headers.ts';
import { distDir, outsideSamples, pageTypeSamples, scrollToBottom, site } from './helpers.ts';

const hashOf = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
const hostRules = parseHeadersFile(fs.readFileSync(path.join(distDir, '_headers'), 'utf8'));

test('every page carries a strict policy: own origin only, no inline code without its hash, no eval', () => {
  for (const page of site.pages) {
    const policy = policyOf(page.html);
    expect(policy, `${page.path} has a policy <meta>`).toBeTruthy();
    const rules = directives(policy!);
    expect(rules.get('default-src'), page.path).toEqual(["'self'"]);
    expect(rules.get('object-src'), page.path).toEqual(["'none'"]);
    expect(rules.get('base-uri'), page.path).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      expect(rules.get(name), `${page.path} ${name}`).toContain("'self'");
      for (const source of rules.get(name) ?? []) expect(source, `${page.path} ${name}`).toMatch(/^('self'|'sha(256|384|512)-[\w+/=]+'|'wasm-unsafe-eval')$/);
    }
    for (const [name, sources] of rules) for (const source of sources) expect(source, `${page.path} ${name}`).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:$|^data:$/);
  }
});

test('only the search page may compile WebAssembly (Pagefind)', () => {
  const allowed = site.pages.filter((page) => policyOf(page.html)?.includes("'wasm-unsafe-eval'")).map((page) => page.kind);
  expect(new Set(allowed)).toEqual(new Set(['search']));
});

test("every inline script and style is allowed by its hash in the page's policy", () => {
  let checked = 0;
  for (const page of site.pages) {
    const rules = directives(policyOf(page.html) ?? '');
    for (const [, attributes, code] of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\bsrc\s*=/i.test(attributes) || /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
      expect(rules.get('script-src'), `${page.path}: inline script "${code.slice(0, 60)}…"`).toContain(hashOf(code));
      checked++;
    }
    for (const [, css] of page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      expect(rules.get('style-src'), `${page.path}: inline style "${css.slice(0, 60)}…"`).toContain(hashOf(css));
      checked++;
    }
    expect(page.html, `${page.path} has no style attribute, which a hash cannot allow`).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
  }
  expect(checked, 'the demo has inline scripts (the comparison table sorts with one)').toBeGreaterThan(0);
});

test("the host's policy allows everything each page's policy allows, and forbids framing but for widgets", () => {
  for (const page of site.pages) {
    const header = directives(headersFor(page.path, hostRules)['Content-Security-Policy'] ?? '');
    for (const [name, sources] of directives(policyOf(page.html) ?? '')) {
      for (const source of sources) expect(header.get(name), `${page.path}: the header's ${name} allows ${source}`).toContain(source);
    }
    expect(header.get('frame-ancestors'), page.path).toEqual(page.kind === 'widget' ? ['*'] : ["'none'"]);
  }
});

for (const { name, page: sample } of [...pageTypeSamples(), ...outsideSamples()]) {
  test(`the page runs within its policy: ${name}`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} blocked ${event.blockedURI}`));
    });
    const response = await page.goto(sample.path);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await scrollToBottom(page);
    expect(violations).toEqual([]);
  });
}
