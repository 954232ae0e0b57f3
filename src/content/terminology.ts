/**
 * Terminology and sovereignty rules: the official names of `content/terminology.yaml`
 * and the terms the site never uses, applied to every text an editor writes.
 */
import type { Terminology } from './schema.ts';

export interface TermRule {
  locale: string;
  term: string;
  use: string;
  why?: string;
}

/** A run of text as readers see it, where it was written, and whether it is a quotation. */
export interface WrittenText {
  text: string;
  line: number;
  field?: string;
  quoted: boolean;
}

export interface TermFinding {
  line: number;
  field?: string;
  message: string;
  fix: string;
}

/** Every rule, glossary wrong forms included, as "in this locale, write `use`, not `term`". */
export function termRules(terminology: Terminology): TermRule[] {
  const glossary = terminology.glossary.flatMap((entry) =>
    Object.entries(entry.avoid).flatMap(([locale, terms]) =>
      terms.map((term) => ({ locale, term, use: entry.names[locale], why: `the official name of ${entry.names.vi ?? Object.values(entry.names)[0]}` })),
    ),
  );
  return [...terminology.forbidden, ...glossary];
}

// A term matches as whole words, case-insensitively, whatever the Unicode normalization.
const termPattern = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${term.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');

/** Text inside quotation marks: “…”, "…", ‘…’ or «…». */
const quotations = /“[^”]*”|"[^"]*"|‘[^’]*’|«[^»]*»/g;

export function termFindings(texts: WrittenText[], rules: TermRule[], locale: string, allowQuoted: string[]): TermFinding[] {
  const allowed = new Set(allowQuoted.map((term) => term.toLowerCase()));
  const findings: TermFinding[] = [];
  const patterns = rules.filter((rule) => rule.locale === locale).map((rule) => ({ rule, pattern: termPattern(rule.term) }));
  for (const { text, line, field, quoted } of texts) {
    const normalized = text.normalize('NFC');
    const quotedRanges = quoted ? [[0, normalized.length]] : [...normalized.matchAll(quotations)].map((match) => [match.index, match.index + match[0].length]);
    for (const { rule, pattern } of patterns) {
      for (const match of normalized.matchAll(pattern)) {
        const inQuotation = quotedRanges.some(([start, end]) => match.index >= start && match.index + match[0].length <= end);
        const isAllowed = allowed.has(rule.term.toLowerCase());
        if (isAllowed && inQuotation) continue;
        findings.push({
          line,
          field,
          message: `"${match[0]}" is not used on this site${rule.why ? `: "${rule.use}" is ${rule.why}` : ''}`,
          fix: isAllowed
            ? `write "${rule.use}"; allowQuoted lets "${rule.term}" appear only inside quotation marks or a > quote`
            : `write "${rule.use}"; if you are quoting someone, put the quote in quotation marks and add allowQuoted: ["${rule.term}"] to the front matter`,
        });
      }
    }
  }
  return findings;
}

/** Terms allowed in quotations that the texts never contain: stale allowances hide future mistakes. */
export function unusedAllowances(texts: WrittenText[], allowQuoted: string[]): string[] {
  return allowQuoted.filter((term) => !texts.some(({ text }) => termPattern(term).test(text.normalize('NFC'))));
}
