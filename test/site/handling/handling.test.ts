import { describe, expect, it } from "vitest";
import { anyUnknown, officialShare, type OfficialComparison } from "../../../src/site/handling/handling.ts";
import { createSite } from "../../../src/site/model.ts";
import { dataset, regions } from "../fixtures.ts";

const comparison = (value: number, ours: number, unknown = 0, comparable = true) => ({ figure: { value }, comparable, ours, unknown, cases: ours }) as unknown as OfficialComparison;

describe("officialShare", () => {
  it("gives the record's count as a whole percent of the official total, and none of a total of 0", () => {
    expect(officialShare(comparison(403, 3))).toBe(1);
    expect(officialShare(comparison(8, 3))).toBe(38);
    expect(officialShare(comparison(0, 3))).toBeNull();
  });

  it("gives none where the figure counts a unit or a stage this record does not hold", () => {
    expect(officialShare(comparison(667, 3, 0, false))).toBeNull();
  });
});

describe("official figures beside the record", () => {
  it("count the same unit and stage where the record has them, and stand side by side where not", async () => {
    const site = createSite(dataset, regions, { today: "2026-11-29", corrections: { repo: "https://github.com/o/r", contact: "r@example.org" }, releases: [], emptyFileDates: new Map() });
    const national = site.handling.officialOf("national").map((c) => [c.figure.stage, c.figure.measure, c.figure.value, c.comparable, c.oursMeasure, c.ours, c.cases]);
    expect(national).toEqual([
      // Every case of the test site is of Pemilu 2024: 8 ASN in 6 cases.
      ["reported", "asn", 403, true, "asn", 8, 6],
      ["sanctioned", "asn", 97, true, "asn", 1, 1],
      // Reports awaiting BKN are no stage or unit of this record: beside it, every Pilkada case (none), in cases.
      ["awaiting_verification", "reports", 667, false, "cases", 0, 0],
    ]);
    expect(site.handling.officialOf("53.71").map((c) => [c.figure.stage, c.comparable, c.ours])).toEqual([["handled", true, 1]]);
  });
});

describe("anyUnknown", () => {
  it("says whether a count leaves out cases with a blank number of ASN", () => {
    expect(anyUnknown([comparison(10, 2), comparison(5, 1, 1)])).toBe(true);
    expect(anyUnknown([comparison(10, 2)])).toBe(false);
  });
});
