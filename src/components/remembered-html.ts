/** HTML rendered once per key in this process, kept as a promise so that pages rendering at once share one rendering. */
const kept = new Map<string, Promise<string>>();

/** The HTML kept under `key`, or what `render` gives, kept for the next page that asks. */
export function rememberedHtml(key: string, render: () => Promise<string>): Promise<string> {
  let html = kept.get(key);
  if (!html) kept.set(key, (html = render()));
  return html;
}
