/**
 * The Content Security Policy every page carries besides Astro's own
 * `script-src` and `style-src` hashes: everything from this site, nothing
 * from a third party except the YouTube player a reader asks for.
 */
import type { AstroUserConfig } from 'astro';

type Directive = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

export const contentSecurityDirectives: Directive[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function pagePolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** A policy's directives: each name with its sources, in order. */
export function policyDirectives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name, sources]));
}

/** One policy that allows what any of `policies` allows: each directive's sources, united in first-seen order. */
export function unitePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of policyDirectives(policy)) {
      const united = directives.get(name) ?? directives.set(name, new Set()).get(name)!;
      for (const source of sources) united.add(source);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
