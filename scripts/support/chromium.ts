// Debian's Chromium as DESIGN.md starts it (Playwright's own browser download cannot
// run here), for the browser tests and bench:filter alike.

import { chromium, type Browser } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";
/** Playwright adds --headless itself; the others keep Chromium off the closed network. */
export const chromiumFlags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}
