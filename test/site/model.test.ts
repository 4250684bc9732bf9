import { describe, expect, it } from "vitest";
import { createSite, sitePaths } from "../../src/site/model.ts";
import { newestFirst } from "../../src/site/paging.ts";
import { dataset, regions } from "./fixtures.ts";

const site = createSite(dataset, regions, { today: "2026-11-29", corrections: { repo: "https://github.com/o/r", contact: "redaksi@example.org" }, releases: [], emptyFileDates: new Map() });

describe("createSite", () => {
  it("indexes the data once: paths, version, figures and what came from disk", () => {
    expect(site.casePaths.get("53.71/kpg-pemilu2024-1")).toBe("/kasus/53.71/kpg-pemilu2024-1/");
    expect(site.version).toMatch(/^[0-9a-f]{12}$/);
    expect(site.national.cases).toBe(6);
    expect(site.releases).toEqual([]);
    expect(site.handling.funnelOf("national").total).toBe(6);
    // A replaced compiled case keeps its page.
    expect(site.casePaths.get("35.78/sby-kompilasi-1")).toBe("/kasus/35.78/sby-kompilasi-1/");
  });

  it("answers what pages ask: an election by id, a scope's office names, a regency's links and map", () => {
    expect(site.electionOf("pemilu-2024")?.name_en).toBe("2024 General Election");
    expect(site.electionOf(null)).toBeUndefined();
    expect(site.officeNamesOf("53")).toEqual({ "53.71": "Kota Kupang" });
    expect(site.mapCodesOf("53.71")).toEqual(expect.arrayContaining(["53.71", "53.01"]));
    expect(site.mapCodesOf("53")).toEqual([]);
    expect([...site.linksOf("53.71").inProvince]).toEqual([["53.01", "employer"]]);
    expect(site.linksOf("53.71").elsewhere.size).toBe(0);
  });

  it("pages a region's case list once however many pages ask, and the releases once", () => {
    expect(site.casePagesOf("35")).toBe(site.casePagesOf("35"));
    expect(site.casePagesOf("35").map((p) => p.cases.map((c) => c.id))).toEqual([newestFirst(site.regionCases("35")).map((c) => c.id)]);
    expect(site.releasePages).toEqual([{ number: 1, count: 1, entries: [] }]);
  });

  it("keeps a regency's map to its province, and names the regencies of other provinces its cases link to apart", () => {
    const kupang = dataset.cases.find((c) => c.office === "53.71")!;
    const far = { ...kupang, id: "53.71/far", case_id: "far", incident_regency: "35.78" };
    const wider = createSite({ ...dataset, cases: [...dataset.cases, far] }, regions, { today: "2026-11-29", corrections: { repo: "https://github.com/o/r", contact: "redaksi@example.org" }, releases: [], emptyFileDates: new Map() });
    expect([...wider.linksOf("53.71").elsewhere]).toEqual([["35.78", "incident"]]);
    expect(wider.mapCodesOf("53.71")).not.toContain("35.78");
    expect(wider.mapCodesOf("53.71").every((code) => code.startsWith("53."))).toBe(true);
  });
});

describe("sitePaths", () => {
  it("lists every page once: seven site pages (the checker too), 552 regions and each case, a replaced one too", () => {
    const paths = sitePaths(site);
    expect(paths).toHaveLength(7 + 552 + 7);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.slice(-7)).toEqual([
      "/kasus/35.14/psr-pemilu2024-1/",
      "/kasus/35.78/sby-2024-01/",
      "/kasus/35.78/sby-2024-02/",
      "/kasus/35.78/sby-kompilasi-1/",
      "/kasus/35.78/sby-kompilasi-2/",
      "/kasus/53.71/kpg-pemilu2024-1/",
      "/kasus/64.09/ppu-pemilu2024-1/",
    ]);
  });
});
