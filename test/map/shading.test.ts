import { describe, expect, it } from "vitest";
import { geometryFiles, neverFill, noCasesFill, shadeOf, shadeRanges } from "../../src/map/shading.ts";

describe("shadeOf", () => {
  it("hatches a regency never heard from, leaves one with no cases white, and darkens with more cases", () => {
    expect(shadeOf("never", 0)).toBe(neverFill);
    expect(shadeOf("empty", 0)).toBe(noCasesFill);
    const shades = [1, 2, 4, 5, 9, 10, 50].map((n) => shadeOf("published", n));
    expect(new Set(shades).size).toBe(4);
    expect(shades[1]).toBe(shades[2]);
    expect(shades[5]).toBe(shades[6]);
  });
});

describe("shadeRanges", () => {
  it("gives the legend's ranges", () => {
    expect(shadeRanges().map((r) => r.text)).toEqual(["1", "2–4", "5–9", "≥ 10"]);
  });
});

describe("geometryFiles", () => {
  it("fetches the national geometry for the national map, else each drawn province's file once", () => {
    expect(geometryFiles(["53.71", "53.01"], true)).toBe("/geo/indonesia.topo.json");
    expect(geometryFiles(["64.09", "53.71", "53.01"], false)).toBe("/geo/53.topo.json /geo/64.topo.json");
  });
});
