// What a first visit to a page transfers, gzipped, by kind: the page's HTML (with its
// inlined CSS), external CSS, JavaScript and data. Measured in Chromium, which fetches
// exactly what the page asks for on load (the zoomable map loads only on demand).

import { glob, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export type Kind = "html" | "css" | "js" | "data";

export interface Weight {
  readonly path: string;
  /** Gzipped bytes by kind. */
  readonly bytes: Readonly<Record<Kind, number>>;
  readonly total: number;
}

/** The page types and the path of one example of each. */
export const weighedPages: Readonly<Record<string, string>> = {
  overview: "/",
  province: "/wilayah/53/",
  regency: "/wilayah/53.71/",
  "regency-never-heard-from": "/wilayah/11.01/",
  case: "/kasus/64.09/ppu-pemilu2024-1/",
  methodology: "/metodologi/",
  data: "/data/",
  guide: "/panduan/",
  offices: "/kantor/",
  releases: "/rilis/",
  checker: "/periksa/",
};

/** The page types that do not hold cases, weighed again in a site built from many cases. */
export const listPages = ["overview", "methodology", "data", "guide", "offices", "releases", "checker"] as const;

/** Budgets (gzipped bytes), from issues 9 and 21. */
export const budgets = {
  /** A case or regency page's HTML and CSS fit in the first round trip (14 KB). */
  firstRoundTrip: 14 * 1024,
  firstRoundTripPages: ["regency", "regency-never-heard-from", "case", "regency, heaviest", "case, heaviest"],
  /** Any other page's HTML and CSS, however many cases the record holds. */
  otherPage: 60 * 1024,
  /** No page type ships more than this much JavaScript on a first visit (the zoomable map loads when asked). */
  javaScript: 60 * 1024,
  /** The checker page bundles the validator and its workbook reader: its own budget is the file it checks. */
  javaScriptExempt: ["checker"],
  /** The national map page in all. */
  overviewTotal: 400 * 1024,
} as const;

function kindOf(url: string, contentType: string): Kind {
  if (contentType.includes("text/html")) return "html";
  if (contentType.includes("css") || url.endsWith(".css")) return "css";
  if (contentType.includes("javascript") || url.endsWith(".js")) return "js";
  return "data";
}

export async function weigh(browser: Browser, baseUrl: string, path: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const bodies: Promise<[Kind, number]>[] = [];
  page.on("response", (response) => {
    if (!response.url().startsWith(baseUrl)) return;
    const kind = kindOf(response.url(), response.headers()["content-type"] ?? "");
    bodies.push(response.body().then((body) => [kind, gzipSync(body, { level: 9 }).length]));
  });
  await page.goto(baseUrl + path, { waitUntil: "networkidle" });
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, data: 0 };
  for (const [kind, size] of await Promise.all(bodies)) bytes[kind] += size;
  await context.close();
  return { path, bytes, total: bytes.html + bytes.css + bytes.js + bytes.data };
}

/** Every budget a set of weights breaks, in words; empty when all hold. */
export function overBudget(weights: Readonly<Record<string, Weight>>): string[] {
  const over: string[] = [];
  const kind = (name: string) => name.split(",")[0]!;
  for (const [name, w] of Object.entries(weights)) {
    const limit = (budgets.firstRoundTripPages as readonly string[]).includes(name) ? budgets.firstRoundTrip : budgets.otherPage;
    if (w.bytes.html + w.bytes.css > limit) over.push(`${name}: HTML+CSS ${w.bytes.html + w.bytes.css} B > ${limit} B`);
    if (w.bytes.js > budgets.javaScript && !(budgets.javaScriptExempt as readonly string[]).includes(kind(name))) over.push(`${name}: JS ${w.bytes.js} B > ${budgets.javaScript} B`);
  }
  const overview = weights.overview;
  if (overview !== undefined && overview.total > budgets.overviewTotal) over.push(`overview: ${overview.total} B > ${budgets.overviewTotal} B`);
  return over;
}

/** Where each kind of region or case page lies in a built site (Bahasa Indonesia). */
const pagePatterns = { regency: "wilayah/??.??/index.html", province: "wilayah/??/index.html", case: "kasus/*/*/index.html" } as const;

/**
 * The path of the page of each kind whose HTML is the largest gzipped: in a site built from
 * thousands of cases, the busiest office's page and the longest case. Only the 20 largest
 * files of each kind are compressed to compare (gzip of all 10,000 case pages took 8 s).
 */
export async function heaviestPages(site: string): Promise<Record<keyof typeof pagePatterns, string>> {
  const found: Partial<Record<keyof typeof pagePatterns, string>> = {};
  for (const [kind, pattern] of Object.entries(pagePatterns) as [keyof typeof pagePatterns, string][]) {
    const files: { file: string; size: number }[] = [];
    for await (const file of glob(pattern, { cwd: site })) files.push({ file, size: (await stat(join(site, file))).size });
    let most = -1;
    for (const { file } of files.sort((a, b) => b.size - a.size).slice(0, 20)) {
      const size = gzipSync(await readFile(join(site, file)), { level: 9 }).length;
      if (size > most) [most, found[kind]] = [size, `/${file.replace(/index\.html$/, "")}`];
    }
  }
  return found as Record<keyof typeof pagePatterns, string>;
}
