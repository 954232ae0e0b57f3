/**
 * `virtual:sen/site-origin.css`: the site's address as a CSS variable, for
 * printed links (global.css, @media print). A stylesheet of the bundle, not an
 * inline <style>, so the page needs no hash for it in its security policy.
 */
import type { Plugin } from 'vite';
import { siteSettings } from '../content/site.ts';

const id = 'virtual:sen/site-origin.css';

export function siteOriginStyle(): Plugin {
  return {
    name: 'sen:site-origin',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `:root{--site-origin:${JSON.stringify(new URL(siteSettings().url).origin)}}\n` : undefined),
  };
}
