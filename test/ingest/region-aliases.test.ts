import { describe, expect, it } from "vitest";
import { regionAliases } from "../../src/ingest/region-aliases.ts";
import { loadRegions } from "../../src/node/load-regions.ts";

const regions = await loadRegions();

describe("regionAliases", () => {
  it("name only regions that exist, each alias once", () => {
    for (const [alias, code] of regionAliases) expect(regions.byCode(code), alias).toBeDefined();
    const names = regionAliases.map(([alias]) => alias.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it("resolve the short forms people type", () => {
    expect(regions.resolve("PPU", false)).toMatchObject({ ok: true, region: { code: "64.09" } });
    expect(regions.resolve("NTT", true)).toMatchObject({ ok: true, region: { code: "53" } });
  });
});
