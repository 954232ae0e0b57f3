import path from 'node:path';

/**
 * The folder that holds the site's content: `content/` unless SEN_CONTENT_DIR
 * names another one (test fixtures and the benchmark build their own sites).
 */
export function contentDir(): string {
  return path.resolve(process.env.SEN_CONTENT_DIR ?? 'content');
}
