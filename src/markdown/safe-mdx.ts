import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { MdastPluginEntry } from 'satteri';
import { mdxFindings } from '../content/mdx-rules.ts';
import type { BodyNode } from '../content/mdx-body.ts';

/**
 * Refuses to compile MDX that could run code or uses unknown components: the
 * same rules as `npm run check`, enforced where the MDX becomes JavaScript, so
 * no path around the check reaches the compiler.
 */
export const safeMdx: MdastPluginEntry = (factory) =>
  factory.sourceFormat === 'mdx' && {
    name: 'sen-safe-mdx',
    options: { position: true },
    before(root, ctx) {
      const findings = mdxFindings(root as unknown as BodyNode);
      if (!findings.length) return;
      const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an MDX file';
      const list = findings.map((finding) => `${file}:${finding.line} — ${[finding.field, finding.message, finding.fix].filter(Boolean).join(' — ')}`);
      throw new Error(`Unsafe MDX; run npm run check for the exact lines.\n${list.join('\n')}`);
    },
  };
