import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, headersFor, parseHeadersFile } from '../../src/hosting/headers.ts';

const rules = parseHeadersFile(headersFile(headerRules(['vi', 'en'])));

describe('the _headers file', () => {
  it('lets partners frame the widgets, and only them', () => {
    expect(headersFor('/vi/widget/', rules)['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor('/en/widget/events/', rules)).not.toHaveProperty('X-Frame-Options');
  });

  it('refuses framing on every other page', () => {
    for (const path of ['/', '/vi/', '/en/destinations/dong-hoi/', '/vi/widgets-not/', '/vi/tin-tuc/widget/']) {
      expect(headersFor(path, rules), path).toMatchObject({ 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' });
    }
  });

  it('reads back what it writes', () => {
    expect(rules).toEqual(headerRules(['vi', 'en']).map((rule) => ({ detach: [], ...rule })));
  });
});
