import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { checkData } from "../../src/node/check-data.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readDataDir, readInput } from "../../src/node/files.ts";
import { checkFixtures, errorsOf, TODAY, warningsOf } from "../helpers.ts";

describe("the committed data", () => {
  // Smoke only: data/ grows with every compiled case; the figures are pinned on the test
  // site's data below.
  it("is valid, and every case in it was compiled by the editors, as no office has published yet", async () => {
    const result = await checkData("data");
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset!.cases.length).toBeGreaterThanOrEqual(3);
    expect(new Set(result.dataset!.cases.map((c) => c.recorded_by))).toEqual(new Set(["compiled"]));
    expect(result.dataset!.files.every((f) => f.recorded_by === "compiled" && f.path.startsWith("data/compiled/cases/"))).toBe(true);
  });
});

describe("the test site's data: who recorded each case", () => {
  const dir = "test/fixtures/site";

  it("marks the rows of data/cases/ as the office's and those of compiled/cases/ as the editors'", async () => {
    const { dataset } = await checkData(dir);
    expect(dataset!.cases.map((c) => [c.id, c.recorded_by, c.replaces])).toEqual([
      ["35.78/SBY-2024-01", "office", "35.78/sby-kompilasi-1"],
      ["35.78/SBY-2024-02", "office", null],
      ["35.14/psr-pemilu2024-1", "compiled", null],
      ["35.78/sby-kompilasi-2", "compiled", null],
      ["53.71/kpg-pemilu2024-1", "compiled", null],
      ["64.09/ppu-pemilu2024-1", "compiled", null],
    ]);
    expect(dataset!.files.map((f) => [f.path, f.recorded_by, f.office, f.cases])).toEqual([
      [`${dir}/cases/35.78-kota-surabaya.csv`, "office", "35.78", 2],
      [`${dir}/cases/64.01-paser.csv`, "office", "64.01", 0],
      [`${dir}/compiled/cases/35.14-kabupaten-pasuruan.csv`, "compiled", "35.14", 1],
      [`${dir}/compiled/cases/35.78-kota-surabaya.csv`, "compiled", "35.78", 2],
      [`${dir}/compiled/cases/53.71-kota-kupang.csv`, "compiled", "53.71", 1],
      [`${dir}/compiled/cases/64.09-penajam-paser-utara.csv`, "compiled", "64.09", 1],
    ]);
  });

  it("keeps a compiled case an office's row replaced apart, pointing to that row, and counts it no more", async () => {
    const { dataset, summary } = await checkData(dir);
    expect(dataset!.replaced.map((c) => [c.id, c.recorded_by, c.replaced_by])).toEqual([["35.78/sby-kompilasi-1", "compiled", "35.78/SBY-2024-01"]]);
    expect(summary.cases).toBe(6);
    // Its steps stay with it, for its page.
    expect(dataset!.events.filter((e) => e.case === "35.78/sby-kompilasi-1").map((e) => e.date)).toEqual(["2024-01-12"]);
  });
});

describe("a Dataset", () => {
  it("is immutable", async () => {
    const { dataset } = await checkData("data");
    const first = dataset!.cases[0]!;
    expect(() => {
      (first as { status: string }).status = "dismissed";
    }).toThrow(TypeError);
    expect(() => (dataset!.cases as unknown[]).push(first)).toThrow(TypeError);
    expect(Object.isFrozen(first.sources)).toBe(true);
  });

  it("comes out byte-identical from the same input", async () => {
    const [regions, files] = await Promise.all([loadRegions(), readDataDir("data")]);
    const a = JSON.stringify(buildDataset(files, { regions, today: TODAY }));
    const b = JSON.stringify(buildDataset(files, { regions, today: TODAY }));
    expect(a).toBe(b);
  });
});

describe("an office that published a file with no cases", () => {
  it("is known from the file name", async () => {
    const result = await checkFixtures(["valid-minimal.csv", "header-only.csv"]);
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset?.files.map((f) => [f.path, f.cases])).toEqual([
      ["test/fixtures/valid-minimal.csv", 1],
      ["test/fixtures/header-only.csv", 0],
    ]);
  });
});

describe("a dataset with any error", () => {
  it("is not produced at all, even when other files are valid", async () => {
    const result = await checkFixtures(["valid-minimal.csv", "date-impossible.csv"]);
    expect(result.dataset).toBeNull();
    expect(result.summary.errors).toBe(1);
  });
});

describe("the reference tables", () => {
  it("hold the deadlines, holidays and official figures the site shows", async () => {
    const { dataset } = await checkData("data");
    expect(dataset!.deadlines.map((d) => `${d.election_kind} ${d.origin} ${d.from_step}->${d.to_step} ${d.days} ${d.day_type} ${d.limit} ${d.checked ? "checked" : "unchecked"}`)).toEqual([
      "pemilu finding incident->reported 7 calendar basic checked",
      "pemilu report incident->reported 7 working basic checked",
      "pemilu any reported->decided 7 calendar basic checked",
      "pemilu any reported->decided 14 working extended checked",
      "pilkada report incident->reported 7 calendar basic unchecked",
      "pilkada report reported->decided 3 calendar basic unchecked",
      "pilkada report reported->decided 5 calendar extended unchecked",
    ]);
    expect(dataset!.deadlines.every((d) => d.legal_basis.includes("Pasal"))).toBe(true);
    expect(dataset!.holidays.map((h) => h.date)).toContain("2024-02-14");
    expect(dataset!.holidays.every((h) => h.sources.length > 0)).toBe(true);
    // Smoke only for the committed figures: each has its unit, stage and a source; the
    // exact rows are pinned on the test site (test/site/handling/handling.test.ts).
    expect(dataset!.officialFigures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(dataset!.officialFigures.map((f) => f.body)).size).toBeGreaterThanOrEqual(3);
    expect(dataset!.officialFigures.every((f) => f.sources.length > 0 && f.stage !== undefined)).toBe(true);
  });

  it("read an official figure's unit and stage (a unit this record does not hold among them)", async () => {
    const { dataset } = await checkData("test/fixtures/site");
    expect(dataset!.officialFigures.map((f) => [f.scope, f.measure, f.stage, f.value])).toContainEqual(["national", "reports", "awaiting_verification", 667]);
  });

  it("report a duplicate deadline, steps out of order and bad values, accepting Indonesian words", async () => {
    const [regions, elections, deadlines] = await Promise.all([
      loadRegions(),
      readInput("data/elections.csv"),
      readInput("test/fixtures/deadlines-duplicate-and-backwards.csv"),
    ]);
    const result = buildDataset({ dir: "data", cases: [], events: [], elections, deadlines }, { regions, today: TODAY });
    const file = "test/fixtures/deadlines-duplicate-and-backwards.csv";
    expect(errorsOf(result)).toEqual([
      { file, row: 3, column: null, code: "duplicate_deadline" },
      { file, row: 4, column: "to_step", code: "deadline_steps" },
      { file, row: 5, column: "checked", code: "invalid_value" },
      { file, row: 5, column: "days", code: "invalid_number" },
    ]);
  });

  it("report an official figure's unknown region with a suggestion, and read 'nasional', 'kasus', 'ditangani' and 'terbukti'", async () => {
    const [regions, elections, officialFigures] = await Promise.all([
      loadRegions(),
      readInput("data/elections.csv"),
      readInput("test/fixtures/official-figures-unknown-scope.csv"),
    ]);
    const result = buildDataset({ dir: "data", cases: [], events: [], elections, officialFigures }, { regions, today: TODAY });
    const problem = result.problems.find((p) => p.code === "unknown_region")!;
    expect([problem.row, problem.column, problem.suggestion]).toEqual([2, "scope", "Kota Kupang (53.71)"]);
    expect(errorsOf(result)).toHaveLength(1);
  });
});
