import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { MdastPluginEntry } from 'satteri';
import { checkedNodeTypes, mdxNodeFindings } from '../content/mdx-rules.ts';
import type { BodyFinding, BodyNode } from '../content/mdx-body.ts';
import { formatProblem } from '../content/problems.ts';

/**
 * Refuses to compile MDX that could run code or uses unknown components: the
 * same rules as `npm run check`, enforced where the MDX becomes JavaScript, so
 * no path around the check reaches the compiler. Sätteri hands over only the
 * node types the rules look at, not the whole tree.
 */
export const safeMdx: MdastPluginEntry = (factory) => {
  if (factory.sourceFormat !== 'mdx') return false;
  const findings: BodyFinding[] = [];
  const visit = (node: unknown) => void findings.push(...mdxNodeFindings(node as BodyNode));
  return {
    name: 'sen-safe-mdx',
    options: { position: true },
    ...Object.fromEntries(checkedNodeTypes.map((type) => [type, visit])),
    after(_root, ctx) {
      if (!findings.length) return;
      const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an MDX file';
      throw new Error(`Unsafe MDX; run npm run check for the exact lines.\n${findings.map((finding) => formatProblem({ file, ...finding })).join('\n')}`);
    },
  };
};
