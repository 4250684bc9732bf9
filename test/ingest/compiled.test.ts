import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readInput } from "../../src/node/files.ts";
import { errorsOf, TODAY, warningsOf } from "../helpers.ts";

// The rules of the editors' compiled files (data/compiled/): what a row must hold, what may
// stay blank because no report states it, and the values real reports needed.
const regions = await loadRegions();
const elections = await readInput("data/elections.csv");
const header =
  "case_id,office,election,incident_date,incident_regency,reported_date,origin,asn_count,asn_position,asn_employer,asn_employer_regency,violation_type,description,status,referred_to,referred_date,outcome,outcome_detail,outcome_date,sources,updated";
const link = "Antara, Bawaslu teruskan ke BKN, 4 Oktober 2024, https://www.antaranews.com/berita/1";
const file = (path: string, lines: string[]) => ({ path, bytes: new TextEncoder().encode(`${lines.join("\n")}\n`) });
const compiled = (rows: string[], events: string[] = []) =>
  buildDataset(
    {
      dir: "data",
      cases: [],
      events: [],
      elections,
      compiled: { cases: [file("data/compiled/cases/33.11-sukoharjo.csv", [header, ...rows])], events: events.length === 0 ? [] : [file("data/compiled/events/33.11-sukoharjo.csv", ["office,case_id,date,stage,note,sources", ...events])] },
    },
    { regions, today: TODAY },
  );
const where = "data/compiled/cases/33.11-sukoharjo.csv";

describe("a compiled case", () => {
  it("may leave its origin blank when no report states it: a warning, and the record says unknown", () => {
    const result = compiled([`pilkada2024-1,33.11,pilkada-2024,2024-10,,,,,guru,,,campaign_participation,Seorang guru ASN hadir di kampanye.,referred,BKN,,,,,"${link}",2026-11-29`]);
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result).map((w) => [w.row, w.column, w.code])).toEqual([
      [2, "origin", "unknown_value"],
      [2, "reported_date", "unknown_value"],
    ]);
    expect(result.dataset!.cases[0]!.origin).toBeNull();
  });

  it("must say what happened and rest on a report a reader can open", () => {
    const result = compiled([
      `pilkada2024-1,33.11,pilkada-2024,2024-10,,2024-10-02,report,1,guru,,,other,,in_review,,,,,,"${link}",2026-11-29`,
      "pilkada2024-2,33.11,pilkada-2024,2024-10,,2024-10-02,report,1,guru,,,other,Seorang guru ASN hadir di kampanye.,in_review,,,,,,\"Antara, 4 Oktober 2024\",2026-11-29",
    ]);
    expect(errorsOf(result)).toEqual([
      { file: where, row: 2, column: "description", code: "required_value" },
      { file: where, row: 3, column: "sources", code: "compiled_needs_link" },
    ]);
  });

  it("takes a referral to the Sentra Gakkumdu and a court's sentence as what real reports say", () => {
    const result = compiled([
      `pemilu2024-1,33.11,pemilu-2024,2024-01,,2024-01-05,finding,1,PPPK,,,campaign_participation,Seorang PPPK masuk tim kampanye.,sanctioned,Polres,,vonis,pidana kurungan percobaan,,"${link}",2026-11-29`,
    ]);
    expect(errorsOf(result)).toEqual([]);
    expect([result.dataset!.cases[0]!.referred_to, result.dataset!.cases[0]!.outcome]).toEqual(["gakkumdu", "criminal_conviction"]);
  });

  it("may have a step no report dates: a warning, listed as date unknown", () => {
    const result = compiled(
      [`pilkada2024-1,33.11,pilkada-2024,2024-10,,2024-10-02,report,1,guru,,,other,Seorang guru ASN hadir di kampanye.,referred,BKN,,,,,"${link}",2026-11-29`],
      [`33.11,pilkada2024-1,,referred,Diteruskan ke BKN,"${link}"`, `33.11,pilkada2024-1,2024-10-03,plenary,Rapat pleno,"${link}"`],
    );
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([{ file: "data/compiled/events/33.11-sukoharjo.csv", row: 2, column: "date", code: "unknown_value" }]);
    expect(result.dataset!.events.map((e) => e.date)).toEqual(["2024-10-03", null]);
  });
});

describe("an office's own file", () => {
  it("still needs every origin and every step's date", () => {
    const result = buildDataset(
      {
        dir: "data",
        cases: [file("data/cases/33.11-sukoharjo.csv", [header, `S-1,33.11,pilkada-2024,2024-10,,2024-10-02,,1,guru,,,other,,in_review,,,,,,Sumber kantor,2026-11-29`])],
        events: [file("data/events/33.11-sukoharjo.csv", ["office,case_id,date,stage,note,sources", "33.11,S-1,,plenary,Rapat pleno,Sumber kantor"])],
        elections,
      },
      { regions, today: TODAY },
    );
    expect(errorsOf(result)).toEqual([
      { file: "data/cases/33.11-sukoharjo.csv", row: 2, column: "origin", code: "required_value" },
      { file: "data/events/33.11-sukoharjo.csv", row: 2, column: "date", code: "required_value" },
    ]);
  });
});
