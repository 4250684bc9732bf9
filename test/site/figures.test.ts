import { describe, expect, it } from "vitest";
import { byMonth, figures, indexSite, provenance } from "../../src/site/figures.ts";
import { dataset, regions } from "./fixtures.ts";

// On the test site's data (test/fixtures/site/): two office cases of Kota Surabaya (one
// replacing a compiled case), a compiled Surabaya case, and the three compiled cases.
const site = indexSite(dataset, regions);

describe("figures", () => {
  it("count every case the record holds nationally, and who recorded them", () => {
    const f = site.national;
    expect([f.cases, f.office, f.compiled, f.asn, f.asnUnknown, f.referred, f.sanctioned, f.dismissed, f.inReview]).toEqual([6, 2, 4, 8, 0, 4, 1, 1, 1]);
    expect(f.byOutcome.get(null)).toBe(4);
    expect(f.byOutcome.get("other")).toBe(1);
    expect(f.byViolation.get("social_media")).toBe(2);
  });

  it("count a province's cases across all its offices, a regency's by its own office", () => {
    expect(site.figuresOf("35").cases).toBe(4);
    expect([site.figuresOf("35").office, site.figuresOf("35").compiled]).toEqual([2, 2]);
    expect(site.figuresOf("53").cases).toBe(1);
    expect(site.figuresOf("53.71").cases).toBe(1);
    expect(site.figuresOf("53.01").cases).toBe(0);
  });

  it("take every case for the national scope, as the filters, funnel and feeds ask for it, and no replaced case", () => {
    expect(site.regionCases("national").map((c) => c.id).sort()).toEqual([
      "35.14/psr-pemilu2024-1",
      "35.78/SBY-2024-01",
      "35.78/SBY-2024-02",
      "35.78/sby-kompilasi-2",
      "53.71/kpg-pemilu2024-1",
      "64.09/ppu-pemilu2024-1",
    ]);
    expect(site.figuresOf("national").cases).toBe(site.national.cases);
  });

  it("are all zero without cases", () => {
    expect(figures([]).cases).toBe(0);
    expect([...figures([]).byStatus.values()].every((n) => n === 0)).toBe(true);
  });
});

describe("stateOf and casesOf", () => {
  it("are in one of four states: office publishes cases, office file with none, compiled, nothing known", () => {
    expect(site.stateOf("35.78")).toBe("published");
    expect(site.stateOf("64.01")).toBe("empty");
    expect(site.stateOf("53.71")).toBe("compiled");
    expect(site.stateOf("35.14")).toBe("compiled");
    expect(site.stateOf("53.01")).toBe("never");
  });

  it("know whether anything is known of a region: a province when any of its offices is", () => {
    expect(["35.78", "64.01", "53.71", "53.01"].map(site.isKnown)).toEqual([true, true, true, false]);
    expect(["35", "53", "64", "11"].map(site.isKnown)).toEqual([true, true, true, false]);
  });

  it("know the offices' own files, not the editors'", () => {
    expect(site.filesOf("35.78").map((f) => f.path)).toEqual(["test/fixtures/site/cases/35.78-kota-surabaya.csv"]);
    expect(site.filesOf("53.71")).toEqual([]);
    expect(site.emptyFileOf("64.01")?.path).toBe("test/fixtures/site/cases/64.01-paser.csv");
  });

  it("list each case by the role the region plays: handled, happened, employer", () => {
    expect(site.casesOf("53.71").handled.map((c) => c.id)).toEqual(["53.71/kpg-pemilu2024-1"]);
    expect(site.casesOf("53.71").happened).toEqual([]);
    expect(site.casesOf("53.01").employed.map((c) => c.id)).toEqual(["53.71/kpg-pemilu2024-1"]);
    expect(site.regenciesOf("53")).toHaveLength(22);
  });

  it("know the latest update", () => {
    expect(site.lastUpdated).toBe("2026-11-29");
  });
});

describe("byMonth", () => {
  it("counts cases per month from the first to the last, zeros included", () => {
    expect(byMonth(dataset.cases, ["2023-11", "2024-02"])).toEqual({
      months: [
        { month: "2023-11", count: 0 },
        { month: "2023-12", count: 3 },
        { month: "2024-01", count: 2 },
        { month: "2024-02", count: 1 },
      ],
      undated: 0,
    });
  });
});

describe("provenance", () => {
  it("splits cases into those their offices published and those the editors compiled", () => {
    expect(provenance(site.casesOf("35.78").handled)).toEqual({ office: 2, compiled: 1 });
    expect(provenance([])).toEqual({ office: 0, compiled: 0 });
  });
});

describe("case lookups", () => {
  it("find a case and its steps by id", () => {
    expect(site.caseById("64.09/ppu-pemilu2024-1")?.status).toBe("referred");
    expect(site.eventsOf("64.09/ppu-pemilu2024-1").map((e) => e.date)).toEqual(["2024-01-03", "2024-01-07", "2024-02-07"]);
    expect(site.eventsOf("no/such")).toEqual([]);
  });

  it("find a replaced compiled case apart from the counted ones", () => {
    expect(site.caseById("35.78/sby-kompilasi-1")).toBeUndefined();
    expect(site.replacedCase("35.78/sby-kompilasi-1")?.replaced_by).toBe("35.78/SBY-2024-01");
  });
});
