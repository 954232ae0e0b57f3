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

/**
 * Every page refuses to be framed, except the widgets partners embed; the
 * build's hashed files are cached for a year.
 * `policy` is the site's Content Security Policy (the union of its pages'),
 * sent as a header too: a header also covers what comes before a page's
 * <meta>, and carries `frame-ancestors`, which a <meta> cannot.
 */
export function headerRules(locales: string[], policy: string): HeaderRule[] {
  const withFraming = (ancestors: string) => [policy, `frame-ancestors ${ancestors}`].filter(Boolean).join('; ');
  return [
    {
      pattern: '/*',
      set: {
        'Content-Security-Policy': withFraming("'none'"),
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    ...locales.map((locale) => ({
      pattern: `/${locale}/widget/*`,
      detach: ['Content-Security-Policy', 'X-Frame-Options'],
      set: { 'Content-Security-Policy': withFraming('*') },
    })),
    // Files of _astro/ are named by a hash of their content: a browser may keep them for good.
    { pattern: '/_astro/*', set: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
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

/**
 * The same rules for nginx, to `include` inside a `server { }` block. nginx
 * drops inherited `add_header`s in a location that has its own, so each
 * location repeats every header its paths get.
 */
export function nginxSnippet(rules: HeaderRule[]): string {
  const addHeaders = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
  const [site, ...others] = rules;
  if (site?.pattern !== '/*') throw new Error('nginx: the first rule must be the site-wide "/*"');
  const blocks = others.map((rule) => {
    if (!/^\/[^*]*\/\*$/.test(rule.pattern)) throw new Error(`nginx: "${rule.pattern}" is not a folder pattern ("/path/*")`);
    const prefix = rule.pattern.slice(0, -1);
    return [`location ${prefix} {`, ...addHeaders(headersFor(prefix, rules), '  '), '}'].join('\n');
  });
  return `# Written by Sen from dist/_headers (npm run nginx-headers); include it inside server { }.\n${[addHeaders(headersFor('/', rules), '').join('\n'), ...blocks].join('\n\n')}\n`;
}
