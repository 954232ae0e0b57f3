// Serves the built site from dist/ the way a static host would, for previews, browser tests and audits.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/hosting/headers.ts';

/** An HTTP server (not yet listening) for the built site in `root`, with its `_headers` and per-locale 404 pages. */
function staticHost(root) {
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`No built site in ${root}: run "npm run build" first.`);
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  // The headers the deployed host sends, from the _headers file the build wrote.
  const headerFile = path.join(root, '_headers');
  const rules = fs.existsSync(headerFile) ? parseHeadersFile(fs.readFileSync(headerFile, 'utf8')) : [];

  /** The 404 page in the reader's locale when the path names one, else the site-wide one. */
  function notFound(req, res) {
    const locale = /^\/([a-z]{2,3})\//.exec(req.url ?? '')?.[1];
    const page = locale && fs.existsSync(path.join(root, locale, '404', 'index.html')) ? path.join(root, locale, '404', 'index.html') : path.join(root, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(page).pipe(res);
  }

  return http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(pathname, rules))) res.setHeader(name, value);
    files(req, res, () => notFound(req, res));
  });
}

/** `staticHost`, or, when it cannot serve (no build, a bad `_headers`), the reason on stderr and an exit with `code`. */
export function staticHostOrExit(root, code) {
  try {
    return staticHost(root);
  } catch (error) {
    console.error(error.message);
    process.exit(code);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } } });
  const root = path.resolve(values.dir);
  const server = staticHostOrExit(root, 1);
  server.listen(Number(values.port), '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${values.port}/`));
}
