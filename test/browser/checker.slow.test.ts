// The checker page with every case-file fixture against the command line, and with a file
// as large as a case file may be (20,000 rows): checked in its worker while the page's own
// thread keeps answering. In the slow suite, which runs
// alone: beside other tests on two cores, the page's pauses would be theirs.

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticCsv } from "../../scripts/support/synthetic-cases.ts";
import { choose, open, text, work, useBuiltSite } from "./harness.ts";
import { caseFixtures, checksLikeTheCli } from "./checker-parity.ts";

useBuiltSite();

describe("the checker page", () => {
  it("gives every case-file fixture the CLI's JSON report, exactly", async () => {
    const files = await caseFixtures();
    expect(files.length).toBeGreaterThan(50);
    expect(await checksLikeTheCli(await open("/periksa/"), files)).toEqual([]);
  }, 180_000);

  it("checks 20,000 rows in its worker while the page keeps answering", async () => {
    const page = await open("/periksa/");
    const rows = 20_000;
    // From disk: a buffer would be built into a File on the page's own thread, by the test.
    const file = join(work, "53.71-besar.csv");
    await writeFile(file, syntheticCsv(rows, ["53.71"]));
    // The longest pause of the page's own thread while the file is checked.
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; last: number };
      w.longest = 0;
      w.last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.longest = Math.max(w.longest, now - w.last);
        w.last = now;
      }, 20);
    });
    expect(await choose(page, file)).toBe("done");
    expect(await text(page, ".checker-status")).toBe("53.71-besar.csv: 0 kesalahan, 0 peringatan. Tidak ada kesalahan: berkas siap diterbitkan.");
    expect(await text(page, ".checker-truncated")).toBe(`Menampilkan 500 baris pertama dari ${(rows + 1).toLocaleString("id")}.`);
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    expect(longest, "the page's thread paused this long").toBeLessThan(1_000);
    await page.close();
  }, 120_000);
});
