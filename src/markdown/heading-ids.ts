import type { HastPluginEntry } from 'satteri';
import { slugify } from '../routing/slugs.ts';

/** Folded heading ids in document order, unique within a document: `gioi-thieu`, then `gioi-thieu-1`. */
export function headingIdMaker(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

/** Heading anchors as folded slugs (`#gioi-thieu`, not `#giới-thiệu`); the content check predicts them with headingIdMaker too. */
export const headingIds: HastPluginEntry = () => {
  const nextId = headingIdMaker();
  return {
    name: 'sen-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', nextId(ctx.textContent(node)));
      },
    },
  };
};
