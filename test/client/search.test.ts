import { describe, expect, it } from "vitest";
import { loadRegions } from "../../src/node/load-regions.ts";
import { normaliseQuery, search, type SearchEntry } from "../../src/client/search.ts";
import { regionTerms } from "../../src/site/search-index.ts";

const regions = await loadRegions();
const index: SearchEntry[] = [...regions.provinces, ...regions.regencies].map((r) => ({ label: r.name, note: r.kind, path: `/wilayah/${r.code}/`, terms: regionTerms(r) }));
const first = (query: string) => search(index, query)[0]?.path;

describe("search() over the index of every region", () => {
  it.each([
    ["ppu", "/wilayah/64.09/"],
    ["PPU", "/wilayah/64.09/"],
    ["penajam", "/wilayah/64.09/"],
    ["kab kupang", "/wilayah/53.01/"],
    ["Kab. Kupang", "/wilayah/53.01/"],
    ["kota kupang", "/wilayah/53.71/"],
    ["kupang kota", "/wilayah/53.71/"],
    ["53.71", "/wilayah/53.71/"],
    ["5371", "/wilayah/53.71/"],
    ["pasuruan", "/wilayah/35.14/"],
    ["ntt", "/wilayah/53/"],
    ["nusa tenggara timur", "/wilayah/53/"],
  ])("finds %s first at %s", (query, path) => {
    expect(first(query)).toBe(path);
  });

  it("lists every match for a shared name", () => {
    expect(search(index, "kupang").map((e) => e.path)).toEqual(["/wilayah/53.01/", "/wilayah/53.71/"]);
    expect(search(index, "pasuruan").map((e) => e.path)).toEqual(["/wilayah/35.14/", "/wilayah/35.75/"]);
  });

  it("finds nothing for nothing", () => {
    expect(search(index, "  ")).toEqual([]);
    expect(search(index, "atlantis")).toEqual([]);
  });

  it("writes short forms out", () => {
    expect(normaliseQuery("  Kab.  Kupang ")).toBe("kabupaten kupang");
    expect(normaliseQuery("Prov NTT")).toBe("provinsi ntt");
  });
});
