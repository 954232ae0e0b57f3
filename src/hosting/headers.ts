/**
 * The HTTP headers a static host must send: written to `dist/_headers`
 * (Cloudflare Pages and Netlify syntax), read back by `npm run preview` and
 * the browser tests, so what is tested is the file that is deployed.
 */

/** A block of `_headers`: a path pattern (`*` matches anything), headers to set, headers to drop from earlier blocks. */
export interface HeaderRule {
  pattern: string;
  set: Record<string, string>;
  detach?: string[];
}

/** Every page refuses to be framed, except the widgets partners embed. */
export function headerRules(locales: string[]): HeaderRule[] {
  return [
    {
      pattern: '/*',
      set: {
        'Content-Security-Policy': "frame-ancestors 'none'",
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    ...locales.map((locale) => ({
      pattern: `/${locale}/widget/*`,
      detach: ['Content-Security-Policy', 'X-Frame-Options'],
      set: { 'Content-Security-Policy': 'frame-ancestors *' },
    })),
  ];
}

export function headersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [rule.pattern, ...(rule.detach ?? []).map((name) => `  ! ${name}`), ...Object.entries(rule.set).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by Sen at build time from src/hosting/headers.ts.\n${blocks.join('\n\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line.trim()}" comes before any path`);
    const detach = /^\s*!\s*(\S+)/.exec(line);
    if (detach) rule.detach!.push(detach[1]);
    else {
      const [name, ...value] = line.trim().split(':');
      rule.set[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** The headers a host sends for `pathname`: every matching block in order, detaching then setting, as Cloudflare Pages does. */
export function headersFor(pathname: string, rules: HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (!pattern.test(pathname)) continue;
    for (const name of rule.detach ?? []) delete headers[name];
    for (const [name, value] of Object.entries(rule.set)) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
