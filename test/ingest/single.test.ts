import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { checkOneFile } from "../../src/ingest/single.ts";
import { readDataDir } from "../../src/node/files.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { errorsOf, TODAY } from "../helpers.ts";

const dir = "test/fixtures/site";
const published = `${dir}/cases/35.78-kota-surabaya.csv`;
const [files, regions, text] = await Promise.all([readDataDir(dir), loadRegions(), readFile(published, "utf8")]);
const input = (path: string, csv: string) => ({ path, bytes: new TextEncoder().encode(csv) });
const options = { regions, today: TODAY };

describe("checkOneFile", () => {
  it("checks a new version of a published file in its place: its cases are not duplicates of themselves", () => {
    const result = checkOneFile(files, { input: input(published, text), kind: "cases" }, options);
    expect(errorsOf(result)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });

  it("checks another file beside the published ones and reports a duplicate on its own row, nothing of the other files", () => {
    const result = checkOneFile(files, { input: input("baru.csv", text), kind: "cases" }, options);
    expect(errorsOf(result).map((p) => [p.file, p.row, p.code])).toEqual([
      ["baru.csv", 2, "duplicate_case"],
      ["baru.csv", 3, "duplicate_case"],
    ]);
    expect(result.problems.every((p) => p.file === "baru.csv")).toBe(true);
    expect(result.summary.errors).toBe(2);
  });

  it("looks for names in the checked file only, and finds them there", () => {
    const named = text.replace("Data uji: catatan kantor tanpa padanan himpunan.", "Sdr. Darius Manafe hadir di kampanye.");
    const result = checkOneFile(files, { input: input(published, named), kind: "cases" }, options);
    expect(errorsOf(result).map((p) => [p.row, p.column, p.code])).toEqual([[3, "description", "personal_data"]]);
  });
});
