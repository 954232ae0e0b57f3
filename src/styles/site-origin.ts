/**
 * `virtual:sen/site-origin.css`: the site's address as a CSS variable, for
 * printed links (global.css, @media print). A stylesheet of the bundle, not an
 * inline <style>, so the page needs no hash for it in its security policy.
 */
import type { Plugin } from 'vite';
import { siteSettings } from '../content/site.ts';

const id = 'virtual:sen/site-origin.css';
const exactly = (name: string) => new RegExp(`^${RegExp.escape(name)}$`);

// Hook filters: the bundler matches the ids itself and calls these for this module only, not for each
// of the 10,000 MDX files and their imports.
export function siteOriginStyle(): Plugin {
  return {
    name: 'sen:site-origin',
    resolveId: { filter: { id: exactly(id) }, handler: () => `\0${id}` },
    load: { filter: { id: exactly(`\0${id}`) }, handler: () => `:root{--site-origin:${JSON.stringify(new URL(siteSettings().url).origin)}}\n` },
  };
}
