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

  it.each([
    ["pasuruhan", ["/wilayah/35.14/", "/wilayah/35.75/"]],
    ["pasurun", ["/wilayah/35.14/", "/wilayah/35.75/"]],
    ["pasruuan", ["/wilayah/35.14/", "/wilayah/35.75/"]],
    ["kupnag", ["/wilayah/53.01/", "/wilayah/53.71/"]],
    ["surabya", ["/wilayah/35.78/"]],
    ["makasar", ["/wilayah/73.71/"]],
    ["kota bogr", ["/wilayah/32.71/"]],
    ["lombok timor", ["/wilayah/52.03/"]],
  ])("forgives the typo in %s", (query, paths) => {
    expect(search(index, query).map((e) => e.path)).toEqual(paths);
  });

  it("forgives typos only where nothing matches as typed, and not in words under four letters", () => {
    expect(search(index, "pasuruan").map((e) => e.path)).toEqual(["/wilayah/35.14/", "/wilayah/35.75/"]);
    expect(search(index, "xyzw")).toEqual([]);
    expect(search(index, "atlantis")).toEqual([]);
    expect(search(index, "ntb").map((e) => e.path)).toEqual(["/wilayah/52/"]); // three letters: as typed only
  });

  it("forgives a typo in a case's title, not in its description", () => {
    const cases: SearchEntry[] = [{ label: "Dugaan: ASN berkampanye di media sosial di Kota Kupang", note: "kasus", path: "/kasus/53.71/x/", terms: ["dugaan asn berkampanye di media sosial di kota kupang", "whatsapp grup relawan"] }];
    expect(search(cases, "berkampnye").map((e) => e.path)).toEqual(["/kasus/53.71/x/"]);
    expect(search(cases, "whatsap")).toEqual(search(cases, "whatsapp")); // a start of a word is no typo
    expect(search(cases, "relawam")).toEqual([]);
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
