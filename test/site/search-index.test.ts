import { describe, expect, it } from "vitest";
import { loadRegions } from "../../src/node/load-regions.ts";
import { regionTerms } from "../../src/site/search-index.ts";

const regions = await loadRegions();

describe("regionTerms", () => {
  it("gives a city its name, its bare name both ways round, its code with and without the dot", () => {
    expect(regionTerms(regions.byCode("53.71")!).sort()).toEqual(["5371", "53.71", "kota kupang", "kupang", "kupang kota"].sort());
  });

  it("adds a regency's aliases and a province's 'provinsi' form", () => {
    expect(regionTerms(regions.byCode("64.09")!)).toEqual(expect.arrayContaining(["kabupaten penajam paser utara", "penajam paser utara", "ppu", "6409"]));
    expect(regionTerms(regions.byCode("53")!)).toEqual(expect.arrayContaining(["nusa tenggara timur", "provinsi nusa tenggara timur", "ntt", "53"]));
  });
});
