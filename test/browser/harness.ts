// The built site in a real browser, shared by the browser test files: Debian's Chromium
// driven by Playwright, against the site built from the test site's data
// (test/fixtures/site/, frozen: data/ grows) and served on localhost.
//
// The site is built once and kept: in a folder named after a hash of what it is made from
// (src/, the test data and its git history, the build script, the lock file), so every browser
// test file of a run, and the next run when nothing changed, serve the same build. Pages
// open in one browser context per set of options, shared by the file's tests.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "../../scripts/support/chromium.ts";
import { serve } from "../../scripts/support/serve.ts";
import { weighedPages } from "../../scripts/support/weight.ts";

export const root = resolve(import.meta.dirname, "../..");
export const screenshots = join(root, "test-results", "screenshots");
const today = "2026-11-29";

/** A folder for this file's own extra builds, removed when its tests end. */
export let work: string;
/** The shared build of the test site's data. */
export let built: string;
export let site: { url: string; close: () => Promise<void> };
export let browser: Browser;

/** The data the shared build is made from. */
export const testData = join(root, "test", "fixtures", "site");

export function build(outDir: string, dataDir = testData): void {
  const result = spawnSync(process.execPath, [join(root, "scripts", "cli", "build.ts")], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir, DATA_DIR: dataDir, PANTAU_TODAY: today, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Every file under `dir`, relative, in order. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

/** What the shared build is made from, hashed. */
async function sourceKey(): Promise<string> {
  const hash = createHash("sha256").update(today);
  for (const file of [...(await filesUnder("src")), ...(await filesUnder("test/fixtures/site")), join(root, "scripts/cli/build.ts"), join(root, "astro.config.mjs"), join(root, "package-lock.json")]) {
    hash.update(file).update(await readFile(file));
  }
  const history = spawnSync("git", ["log", "--format=%H %cs", "--", testData], { cwd: root, encoding: "utf8" });
  return hash.update(history.stdout ?? "").digest("hex").slice(0, 16);
}

/**
 * The shared build of the test data for this source, made once: the first browser test
 * file to get here builds it while the others (running beside it) wait, rather than three
 * builds at once on two cores.
 */
async function sharedBuild(): Promise<string> {
  const key = await sourceKey();
  const dir = join(tmpdir(), `pantau-test-site-${key}`);
  const lock = `${dir}.tests-building`; // npm run build keeps its own ${dir}.lock
  const done = () => stat(join(dir, "index.html")).then(() => true, () => false);
  for (const end = Date.now() + 170_000; !(await done()); ) {
    if (Date.now() > end) throw new Error(`the shared test site was not built in time (${lock})`);
    // A lock left by a run that was killed mid-build is taken over after two minutes.
    const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => null);
    if (age !== null && age > 120_000) await rm(lock, { recursive: true, force: true });
    const mine = await mkdir(lock).then(() => true, () => false);
    if (!mine) {
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!(await done())) {
        // Builds of older sources are of no more use.
        for (const name of await readdir(tmpdir())) if (/^pantau-test-site-[0-9a-f]{16}$/.test(name) && !name.endsWith(key)) await rm(join(tmpdir(), name), { recursive: true, force: true });
        build(dir);
      }
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

const contexts = new Map<string, Promise<BrowserContext>>();

/** Build (or reuse) the site, serve it and start Chromium for this file's tests. */
export function useBuiltSite(): void {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "pantau-site-"));
    built = await sharedBuild();
    site = await serve(built);
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    contexts.clear();
    await browser?.close();
    await site?.close();
    await rm(work, { recursive: true, force: true });
  });
}

export interface OpenOptions {
  javaScript?: boolean;
  width?: number;
  bypassCSP?: boolean;
}

/** A page at `path` of the shared build, in the context of these options; close it with page.close(). */
export async function open(path: string, options: OpenOptions = {}): Promise<Page> {
  const settings = {
    javaScriptEnabled: options.javaScript ?? true,
    // Only to inject axe-core, which the page's own policy rightly refuses.
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: options.width ?? 1280, height: 900 },
  };
  const key = JSON.stringify(settings);
  let context = contexts.get(key);
  if (context === undefined) contexts.set(key, (context = browser.newContext(settings)));
  const page = await (await context).newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

export const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).trim();

/** One page of each type (those bench:weight weighs, and the test site's other states), in both languages. */
export const pageTypes: Readonly<Record<string, string>> = {
  ...weighedPages,
  // The test site's other states: an office that publishes, one with an empty file, and a
  // compiled case an office's record replaced.
  "regency-office-publishes": "/wilayah/35.78/",
  "regency-office-file-with-no-cases": "/wilayah/64.01/",
  "case-replaced-by-office": "/kasus/35.78/sby-kompilasi-1/",
};

/** A file for the checker page (/periksa/): a path on disk, or a name and bytes. */
export interface Chosen {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** Choose `file` in the checker page's file field and wait for the page to finish with it. */
export async function choose(page: Page, file: Chosen | string): Promise<string> {
  const section = page.locator("section.checker");
  await section.evaluate((s: HTMLElement) => (s.dataset.state = "waiting"));
  await page.setInputFiles("section.checker input[type=file]", file);
  await page.waitForFunction(() => !["waiting", "checking"].includes(document.querySelector<HTMLElement>("section.checker")!.dataset.state!), null, { timeout: 60_000 });
  return (await section.getAttribute("data-state"))!;
}
