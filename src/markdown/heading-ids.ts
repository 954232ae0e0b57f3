import type { HastPluginEntry } from 'satteri';
import { slugify } from '../routing/slugs.ts';

/** Heading anchors as folded slugs (`#gioi-thieu`, not `#giới-thiệu`), unique within a document. */
export const headingIds: HastPluginEntry = () => {
  const seen = new Map<string, number>();
  return {
    name: 'sen-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        const base = slugify(ctx.textContent(node)) || 'section';
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        ctx.setProperty(node, 'id', count ? `${base}-${count}` : base);
      },
    },
  };
};
