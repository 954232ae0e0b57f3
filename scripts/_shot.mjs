import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const server = spawn('node', ['scripts/serve.mjs', '--port', '4499'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
const [, , ...shots] = process.argv;
for (const spec of shots) {
  const [path, width, out] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(`http://127.0.0.1:4499${path}`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: true });
  await page.close();
}
await browser.close();
server.kill();
