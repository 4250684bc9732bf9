import { describe, expect, it } from "vitest";
import { createSite } from "../../src/site/model.ts";
import { clockSection } from "../../src/views/clock.ts";
import { dataset, regions } from "../site/fixtures.ts";

const site = createSite(dataset, regions, { today: "2026-11-29", corrections: { repo: "https://github.com/o/r", contact: "redaksi@example.org" }, releases: [], emptyFileDates: new Map() });

describe("clockSection: the deadline clock on a case page", () => {
  it("names the limit that applies, and its last day, on the case page", () => {
    const view = clockSection("id", site.handling.clockOf("64.09/ppu-pemilu2024-1"), "report").text;
    expect(view).toContain('<dt>Batas yang berlaku</dt><dd data-applies="extended">Batas perpanjangan: 14 hari kerja');
    expect(view).toContain("<dt>Hari terakhir menurut batas perpanjangan</dt><dd data-due>22 Januari 2024</dd>");
    expect(view).toContain("Terlambat 12 hari kerja");
  });

  it("says why initial information has no deadline", () => {
    const steps = site.handling.clockOf("64.09/ppu-pemilu2024-1").map((s) => ({ ...s, state: "no_deadline" as const, limit: null, elapsed: null, due: null }));
    expect(clockSection("en", steps, "initial_information").text).toContain("Initial information is still being assessed");
  });
});
