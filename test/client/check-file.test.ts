import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { checkFile, prepareContext } from "../../src/client/check-file.ts";
import { checkerContext } from "../../src/node/checker-context.ts";
import { TODAY } from "../helpers.ts";

// The checker page's work, run in Node: the file ready to publish is the repository's form
// and reads back as itself; which published file a reader's file stands for.
const prepared = prepareContext(JSON.parse(JSON.stringify(await checkerContext("test/fixtures/site", TODAY))));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkFile", () => {
  it("sends the published data with the repository's paths and nothing of the build machine's", async () => {
    const context = await checkerContext("test/fixtures/site", TODAY);
    expect(context.data.cases.map((f) => f.path)).toEqual(["data/cases/35.78-kota-surabaya.csv", "data/cases/64.01-paser.csv"]);
    expect(context.data.elections?.path).toBe("data/elections.csv");
    expect(JSON.stringify(context)).not.toContain(process.cwd());
  });

  it("gives a clean file ready to publish that, checked again, gives itself byte for byte", async () => {
    const first = await checkFile(prepared, "kasus.csv", await readFile("test/fixtures/valid-indonesian-headers.csv"));
    expect(first.result.summary.errors).toBe(0);
    expect(first.canonical).not.toBeNull();
    const again = await checkFile(prepared, first.canonicalName ?? "again.csv", bytes(first.canonical!));
    expect(again.result.problems).toEqual([]);
    expect(again.canonical).toBe(first.canonical);
  });

  it("has no file to publish while there is an error", async () => {
    const checked = await checkFile(prepared, "kasus.csv", await readFile("test/fixtures/date-impossible.csv"));
    expect(checked.result.summary.errors).toBeGreaterThan(0);
    expect(checked.canonical).toBeNull();
  });

  it("checks a file as the new version of the office's published file when named like it or when all its rows are that office's", async () => {
    const published = await readFile("test/fixtures/site/cases/35.78-kota-surabaya.csv");
    for (const name of ["35.78-Kota-Surabaya.CSV", "perbaikan.csv"]) {
      const checked = await checkFile(prepared, name, published);
      expect(checked.standsFor, name).toBe("data/cases/35.78-kota-surabaya.csv");
      expect(checked.result.problems.map((p) => p.code), name).toEqual([]);
    }
    // A file of new cases for an office with no file of its own joins the published data.
    const fresh = await checkFile(prepared, "kupang.csv", await readFile("test/fixtures/valid-minimal.csv"));
    expect(fresh.standsFor).toBeNull();
    expect(fresh.canonicalName).toBe("53.71-kota-kupang.csv");
  });
});
