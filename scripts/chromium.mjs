// Finds Debian's Chromium for Playwright: Sen's tests never download a browser.
import fs from 'node:fs';

export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium to test with: CHROMIUM_PATH if set, else Debian's. Undefined when none is installed. */
export function chromiumPath() {
  return [process.env.CHROMIUM_PATH, ...chromiumCandidates].find((candidate) => candidate && fs.existsSync(candidate));
}
