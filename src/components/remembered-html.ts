/**
 * HTML rendered once per key for one snapshot of the site's content, kept as
 * a promise so that pages rendering at once share one rendering. A new
 * snapshot (`astro dev` after an edit) starts with nothing kept.
 */
const kept = new WeakMap<object, Map<string, Promise<string>>>();

/** The HTML kept under `key` for `content`, or what `render` gives, kept for the next page that asks. */
export function rememberedHtml(content: object, key: string, render: () => Promise<string>): Promise<string> {
  let byKey = kept.get(content);
  if (!byKey) kept.set(content, (byKey = new Map()));
  let html = byKey.get(key);
  if (!html) byKey.set(key, (html = render()));
  return html;
}
