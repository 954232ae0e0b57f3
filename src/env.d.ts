declare namespace App {
  interface Locals {
    /** The content file being rendered and its language, for MDX components that resolve images and data. */
    content?: { file: string; locale: string };
  }
}
