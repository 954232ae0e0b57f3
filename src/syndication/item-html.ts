/**
 * An item's body as HTML for other sites: rendered by the same component as
 * the page, with every URL made absolute and nothing that runs or needs our CSS to work.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { transform, walkSync, ELEMENT_NODE, type Node } from 'ultrahtml';
import sanitize from 'ultrahtml/transformers/sanitize';
import ItemBody from '../components/ItemBody.astro';
import type { Entry } from '../content/site-content.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/** The body of `entry` (in its own `locale`, at `pageUrl`), rendered once per build however many feeds carry it. */
export function itemHtml(entry: Entry, locale: string, pageUrl: string): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  if (!rendered.has(key)) rendered.set(key, render(entry, locale, pageUrl));
  return rendered.get(key)!;
}

async function render(entry: Entry, locale: string, pageUrl: string): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const html = await (await container).renderToString(ItemBody, { props: { entry, locale, contentLocale: locale } });
  return portableHtml(html, pageUrl);
}

const urlAttributes = ['href', 'src', 'poster'];

/** Absolute URLs (resolved against the page), no scripts, styles, buttons or Astro's scoping attributes: HTML any reader can show. */
export async function portableHtml(html: string, pageUrl: string): Promise<string> {
  const absolute = (url: string) => new URL(url, pageUrl).href;
  const output = await transform(html, [
    sanitize({ dropElements: ['script', 'style', 'button', 'template', 'noscript', 'link'] }),
    (node: Node) => {
      walkSync(node, (child) => {
        if (child.type !== ELEMENT_NODE) return;
        const attributes = child.attributes as Record<string, string>;
        for (const name of Object.keys(attributes)) {
          if (name.startsWith('data-astro') || name.startsWith('on')) delete attributes[name];
          else if (urlAttributes.includes(name)) attributes[name] = absolute(attributes[name]);
          else if (name === 'srcset') attributes[name] = attributes[name].split(',').map((candidate) => candidate.trim().replace(/^\S+/, absolute)).join(', ');
        }
      });
      return node;
    },
  ]);
  return output.trim();
}
