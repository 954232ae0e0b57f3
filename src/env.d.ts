declare namespace App {
  interface Locals {
    /** The content file being rendered and its language, for MDX components that resolve images and data. */
    content?: { file: string; locale: string };
  }
}

/** The site's address as a CSS variable (src/styles/site-origin.ts). */
declare module 'virtual:sen/site-origin.css';
