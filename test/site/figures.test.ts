import { describe, expect, it } from "vitest";
import { byMonth, figures, indexSite } from "../../src/site/figures.ts";
import { checkData } from "../../src/node/check-data.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { checkFixtures } from "../helpers.ts";

const { dataset } = await checkData("data");
const regions = await loadRegions();
const site = indexSite(dataset!, regions);

describe("figures", () => {
  it("count the committed cases nationally", () => {
    const f = site.national;
    expect([f.cases, f.asn, f.asnUnknown, f.referred, f.sanctioned, f.dismissed, f.inReview]).toEqual([3, 2, 1, 2, 1, 0, 1]);
    expect(f.byOutcome.get(null)).toBe(2);
    expect(f.byOutcome.get("other")).toBe(1);
    expect(f.byViolation.get("social_media")).toBe(1);
  });

  it("count a province's cases across all its offices, a regency's by its own office", () => {
    expect(site.figuresOf("53").cases).toBe(1);
    expect(site.figuresOf("53.71").cases).toBe(1);
    expect(site.figuresOf("53.01").cases).toBe(0);
    expect(site.figuresOf("35").inReview).toBe(1);
  });

  it("take every case for the national scope, as the filters, funnel and feeds ask for it", () => {
    expect(site.regionCases("national").map((c) => c.id).sort()).toEqual(["35.14/psr-pemilu2024-1", "53.71/kpg-pemilu2024-1", "64.09/ppu-pemilu2024-1"]);
    expect(site.figuresOf("national").cases).toBe(site.national.cases);
  });

  it("are all zero without cases", () => {
    expect(figures([]).cases).toBe(0);
    expect([...figures([]).byStatus.values()].every((n) => n === 0)).toBe(true);
  });
});

describe("regions", () => {
  it("are in one of three states", () => {
    expect(site.stateOf("53.71")).toBe("published");
    expect(site.stateOf("53.01")).toBe("never");
  });

  it("know an office that published a file with no cases", async () => {
    const result = await checkFixtures(["valid-minimal.csv", "header-only.csv"]);
    const empty = { ...result.dataset!, files: [...result.dataset!.files, { path: "data/cases/64.01-paser.csv", office: "64.01", cases: 0 }] };
    expect(indexSite(empty, regions).stateOf("64.01")).toBe("empty");
  });

  it("list each case by the role the region plays: handled, happened, employer", () => {
    expect(site.casesOf("53.71").handled.map((c) => c.id)).toEqual(["53.71/kpg-pemilu2024-1"]);
    expect(site.casesOf("53.71").happened).toEqual([]);
    expect(site.casesOf("53.01").employed.map((c) => c.id)).toEqual(["53.71/kpg-pemilu2024-1"]);
    expect(site.regenciesOf("53")).toHaveLength(22);
  });

  it("know the latest update", () => {
    expect(site.lastUpdated).toBe("2026-11-24");
  });
});

describe("byMonth", () => {
  it("counts cases per month from the first to the last, zeros included", () => {
    expect(byMonth(dataset!.cases, ["2023-11", "2024-02"])).toEqual({
      months: [
        { month: "2023-11", count: 0 },
        { month: "2023-12", count: 3 },
        { month: "2024-01", count: 0 },
        { month: "2024-02", count: 0 },
      ],
      undated: 0,
    });
  });
});

describe("lookups", () => {
  it("find a case and its steps by id", () => {
    expect(site.caseById("64.09/ppu-pemilu2024-1")?.status).toBe("referred");
    expect(site.eventsOf("64.09/ppu-pemilu2024-1").map((e) => e.date)).toEqual(["2024-01-03", "2024-02-07"]);
    expect(site.eventsOf("no/such")).toEqual([]);
  });
});
