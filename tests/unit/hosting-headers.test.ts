import { describe, expect, it } from 'vitest';
import { unitePolicies } from '../../src/hosting/content-security.ts';
import { headerRules, headersFile, headersFor, nginxSnippet, parseHeadersFile } from '../../src/hosting/headers.ts';

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
const rules = parseHeadersFile(headersFile(headerRules(['vi', 'en'], policy)));

describe('the _headers file', () => {
  it('lets partners frame the widgets, and only them', () => {
    expect(headersFor('/vi/widget/', rules)['Content-Security-Policy']).toBe(`${policy}; frame-ancestors *`);
    expect(headersFor('/en/widget/events/', rules)).not.toHaveProperty('X-Frame-Options');
  });

  it('refuses framing on every other page', () => {
    for (const path of ['/', '/vi/', '/en/destinations/dong-hoi/', '/vi/widgets-not/', '/vi/tin-tuc/widget/']) {
      expect(headersFor(path, rules), path).toMatchObject({ 'Content-Security-Policy': `${policy}; frame-ancestors 'none'`, 'X-Frame-Options': 'DENY' });
    }
  });

  it("lets browsers keep the build's hashed files for a year, and nothing else", () => {
    expect(headersFor('/_astro/be-vietnam-pro-400.CjAfoTvs.woff2', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/vi/', rules)).not.toHaveProperty('Cache-Control');
  });

  it('reads back what it writes', () => {
    expect(rules).toEqual(headerRules(['vi', 'en'], policy).map((rule) => ({ detach: [], ...rule })));
  });
});

describe("the site's policy", () => {
  it('allows what any page allows, each source once, directives in first-seen order', () => {
    const pages = ["default-src 'self';script-src 'self' 'sha256-a='", "default-src 'self'; script-src 'self' 'sha256-b=' 'wasm-unsafe-eval'; style-src 'self'"];
    expect(unitePolicies(pages)).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b=' 'wasm-unsafe-eval'; style-src 'self'");
  });
});

describe('the nginx snippet', () => {
  const snippet = nginxSnippet(rules);

  it('sends every header site-wide, even on error pages', () => {
    expect(snippet).toContain(`add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`);
    expect(snippet).toContain('add_header X-Frame-Options "DENY" always;');
  });

  it("repeats the other headers in the widgets' locations, without refusing to be framed", () => {
    const widget = /location \/vi\/widget\/ \{\n([\s\S]*?)\n\}/.exec(snippet)?.[1] ?? '';
    expect(widget).toContain(`add_header Content-Security-Policy "${policy}; frame-ancestors *" always;`);
    expect(widget).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(widget).not.toContain('X-Frame-Options');
    const assets = /location \/_astro\/ \{\n([\s\S]*?)\n\}/.exec(snippet)?.[1] ?? '';
    expect(assets).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(assets).toContain('add_header X-Frame-Options "DENY" always;');
  });

  it('refuses a rule it cannot express as a location', () => {
    expect(() => nginxSnippet([...rules, { pattern: '/*.pdf', set: {} }])).toThrow(/not a folder pattern/);
  });
});
