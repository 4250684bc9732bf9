// The checker page against the command line: the case-file fixtures, the CLI's report for
// each, and the comparison of the two (checker.browser.test.ts runs a quarter of them,
// checker.slow.test.ts all).

import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { formatJson } from "../../src/ingest/report.ts";
import { checkData } from "../../src/node/check-data.ts";
import { choose, root, testData } from "./harness.ts";

const fixtures = join(root, "test", "fixtures");
const today = "2026-11-29";

/** Every case-file fixture: the files of test/fixtures/ that are not events, elections or reference tables, and the case files of its fixture folders. */
export async function caseFixtures(): Promise<string[]> {
  const top = (await readdir(fixtures)).filter((n) => n.endsWith(".csv") && !/^(events|elections|deadlines|official-figures)-/.test(n)).map((n) => join(fixtures, n));
  const folders = ["replaces", "formula-data/cases", "hostile-text-in-every-field/cases"];
  const nested = await Promise.all(folders.map(async (f) => (await readdir(join(fixtures, f))).filter((n) => n.endsWith(".csv")).map((n) => join(fixtures, f, n))));
  return [...top, ...nested.flat()].sort();
}

/** The CLI's report for `path` (what `npm run validate -- --data test/fixtures/site --json FILE` prints), with paths as the page names them. */
export async function cliJson(path: string): Promise<string> {
  const json = formatJson(await checkData(testData, { path, kind: "cases" }, today));
  return json.split(`${testData}/`).join("data/").split(JSON.stringify(path).slice(1, -1)).join(basename(path));
}

/** Each file chosen on the checker page: the ones whose report differs from the CLI's, in words (none when all agree). Closes the page. */
export async function checksLikeTheCli(page: Page, files: readonly string[]): Promise<string[]> {
  const mismatches: string[] = [];
  for (const path of files) {
    const state = await choose(page, path);
    const shown = await page.locator(".checker-report").textContent();
    const expected = await cliJson(path);
    if (state !== "done" || shown !== expected) mismatches.push(`${basename(path)} (${state}):\n  page ${shown}\n  cli  ${expected}`);
  }
  await page.close();
  return mismatches;
}
