import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { checkData } from "../../src/node/check-data.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readDataDir, readInput } from "../../src/node/files.ts";
import { checkFixtures, errorsOf, TODAY, warningsOf } from "../helpers.ts";

describe("the committed data", () => {
  it("is valid, with a warning for each reported date no source states", async () => {
    const result = await checkData("data");
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([
      { file: "data/cases/35.14-kabupaten-pasuruan.csv", row: 2, column: "reported_date", code: "unknown_value" },
      { file: "data/cases/53.71-kota-kupang.csv", row: 2, column: "reported_date", code: "unknown_value" },
    ]);
    expect(result.summary).toEqual({ files: 10, cases: 3, events: 6, elections: 2, errors: 0, warnings: 2 });
  });

  it("gives the Kota Kupang case exactly as data/cases.json publishes it", async () => {
    const { dataset } = await checkData("data");
    expect(dataset?.cases.find((c) => c.office === "53.71")).toEqual({
      id: "53.71/kpg-pemilu2024-1",
      case_id: "kpg-pemilu2024-1",
      office: "53.71",
      election: "pemilu-2024",
      incident_date: "2023-12-29",
      incident_regency: "53.71",
      reported_date: null,
      origin: "report",
      asn_count: 1,
      asn_position: null,
      asn_employer: "Pemerintah Kabupaten Kupang",
      asn_employer_regency: "53.01",
      violation_type: "campaign_participation",
      description:
        'Seorang ASN Pemerintah Kabupaten Kupang ikut ambil bagian dalam kampanye bertajuk "Konser Indonesia Maju" di halaman depan tempat hiburan Watter park Kupang; Bawaslu Kota Kupang menyerahkan hasil pengawasan kepada BKPSDM Kabupaten Kupang.',
      status: "sanctioned",
      referred_to: "PPK",
      referred_date: null,
      outcome: "other",
      outcome_detail: "peringatan keras dari KASN; penundaan jabatan satu tahun",
      outcome_date: null,
      sources: ["Metronewsntt.com, 1 Februari 2024", "nttzoom (Prokopim Kota Kupang), 21 Agustus 2024"],
      updated: "2026-11-24",
    });
  });

  it("holds the three offices' cases, their steps and both elections", async () => {
    const { dataset } = await checkData("data");
    expect(dataset?.cases.map((c) => [c.id, c.status, c.incident_date])).toEqual([
      ["35.14/psr-pemilu2024-1", "in_review", "2023-12"],
      ["53.71/kpg-pemilu2024-1", "sanctioned", "2023-12-29"],
      ["64.09/ppu-pemilu2024-1", "referred", "2023-12-30"],
    ]);
    expect(dataset?.events.map((e) => [e.case, e.date, e.stage])).toEqual([
      ["35.14/psr-pemilu2024-1", "2024-01-04", "other"],
      ["53.71/kpg-pemilu2024-1", "2024-01-03", "other"],
      ["53.71/kpg-pemilu2024-1", "2024-02-01", "other"],
      ["53.71/kpg-pemilu2024-1", "2024-08-21", "other"],
      ["64.09/ppu-pemilu2024-1", "2024-01-03", "other"],
      ["64.09/ppu-pemilu2024-1", "2024-02-07", "referred"],
    ]);
    expect(dataset?.elections.map((e) => [e.id, e.campaign_start, e.campaign_end, e.voting_day])).toEqual([
      ["pemilu-2024", "2023-11-28", "2024-02-10", "2024-02-14"],
      ["pilkada-2024", "2024-09-25", "2024-11-23", "2024-11-27"],
    ]);
    expect(dataset?.files).toEqual([
      { path: "data/cases/35.14-kabupaten-pasuruan.csv", office: "35.14", cases: 1 },
      { path: "data/cases/53.71-kota-kupang.csv", office: "53.71", cases: 1 },
      { path: "data/cases/64.09-penajam-paser-utara.csv", office: "64.09", cases: 1 },
    ]);
  });

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
    expect(dataset!.officialFigures).toEqual([
      {
        date: "2024-08-21",
        body: "Bawaslu Kota Kupang",
        scope: "53.71",
        election: "pemilu-2024",
        measure: "asn",
        value: 1,
        sources: ["nttzoom (Prokopim Kota Kupang), 21 Agustus 2024"],
      },
    ]);
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

  it("report an official figure's unknown region with a suggestion, and read 'nasional' as national", async () => {
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
