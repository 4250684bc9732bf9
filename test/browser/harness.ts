// The built site in a real browser, shared by the browser test files: Debian's Chromium
// driven by Playwright, against the site built from data/ and served on localhost. Each
// file that calls useBuiltSite() builds its own copy, so the files run side by side.

import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "../../scripts/support/chromium.ts";
import { weighedPages } from "../../scripts/support/weight.ts";
import { serve } from "../../scripts/support/serve.ts";

export const root = resolve(import.meta.dirname, "../..");
export const screenshots = join(root, "test-results", "screenshots");

export let work: string;
export let site: { url: string; close: () => Promise<void> };
export let browser: Browser;

export function build(outDir: string, dataDir = join(root, "data")): void {
  const result = spawnSync(process.execPath, [join(root, "scripts", "cli", "build.ts")], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir, DATA_DIR: dataDir, PANTAU_TODAY: "2026-11-24", ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Build data/ into a temporary folder, serve it and start Chromium for this file's tests. */
export function useBuiltSite(): void {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "pantau-site-"));
    build(join(work, "a"));
    site = await serve(join(work, "a"));
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await rm(work, { recursive: true, force: true });
  });
}

export async function open(path: string, options: { javaScript?: boolean; width?: number; bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    // Only to inject axe-core, which the page's own policy rightly refuses.
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

export const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).trim();

/** One page of each type (the same ones bench:weight weighs), in both languages. */
export const pageTypes = weighedPages;
