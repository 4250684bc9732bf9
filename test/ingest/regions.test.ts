import { describe, expect, it } from "vitest";
import { loadRegions } from "../../src/node/load-regions.ts";
import { nameKey } from "../../src/ingest/regions.ts";
import { checkFixture, errorsOf, fixture } from "../helpers.ts";

const regions = await loadRegions();
const code = (input: string, allowProvince = true) => {
  const r = regions.resolve(input, allowProvince);
  return r.ok ? r.region.code : r.reason;
};

describe("the region index", () => {
  it("holds Indonesia's 38 provinces and 514 regencies", () => {
    expect(regions.provinces).toHaveLength(38);
    expect(regions.regencies).toHaveLength(514);
  });

  it("resolves Kemendagri codes with or without the dot", () => {
    expect(code("53.71")).toBe("53.71");
    expect(code("5371")).toBe("53.71");
    expect(code("64.09")).toBe("64.09");
    expect(code("35")).toBe("35");
    expect(code("99.99")).toBe("unknown");
  });

  it.each([
    ["Kota Kupang", "53.71"],
    ["Kupang Kota", "53.71"],
    ["Bawaslu Kota Kupang", "53.71"],
    ["kota  kupang", "53.71"],
    ["Kabupaten Kupang", "53.01"],
    ["Kab. Kupang", "53.01"],
    ["Kab Kupang", "53.01"],
    ["PPU", "64.09"],
    ["Bawaslu PPU", "64.09"],
    ["Kab. PPU", "64.09"],
    ["Penajam", "64.09"],
    ["Penajam Paser Utara", "64.09"],
    ["Kabupaten Pasuruan", "35.14"],
    ["Kota Pasuruan", "35.75"],
    ["Jakarta Selatan", "31.74"],
    ["Kepulauan Seribu", "31.01"],
    ["Nusa Tenggara Timur", "53"],
    ["Provinsi NTT", "53"],
    ["NTT", "53"],
    // As one word or two: both are how these places are written.
    ["Kota Lubuklinggau", "16.73"],
    ["Pangkalpinang", "19.71"],
    ["Kota Tanjungpinang", "21.72"],
    ["Kabupaten Tanah Datar", "13.04"],
  ])("resolves %s to %s", (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it("names both candidates of an ambiguous name", () => {
    const result = regions.resolve("Pasuruan", true);
    expect(result.ok === false && result.reason === "ambiguous" && result.candidates.map((r) => r.code)).toEqual([
      "35.14",
      "35.75",
    ]);
  });

  it("suggests the closest region for a typo", () => {
    const result = regions.resolve("Kota Kupangg", true);
    expect(result.ok === false && result.reason === "unknown" && result.suggestion).toBe("Kota Kupang (53.71)");
  });

  it("refuses a province where a regency is needed", () => {
    expect(code("Nusa Tenggara Timur", false)).toBe("not_a_regency");
    expect(code("53", false)).toBe("not_a_regency");
  });

  it("splits a name into its kind and base", () => {
    expect(nameKey("Bawaslu Kab. Kupang")).toEqual({ kind: "kab", base: "kupang" });
    expect(nameKey("Kota Administrasi Jakarta Pusat")).toEqual({ kind: "kota", base: "jakarta pusat" });
  });
});

describe("region rules in a case file", () => {
  it("accepts the names offices type, and a province office", async () => {
    const result = await checkFixture("valid-region-names.csv");
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset?.cases.map((c) => [c.office, c.incident_regency, c.asn_employer_regency])).toEqual([
      ["53.71", "53.71", "53.01"],
      ["64.09", "64.09", "64"],
      ["53", null, "53"],
    ]);
  });

  it("reads a blank incident regency as the office's own", async () => {
    const result = await checkFixture("valid-incident-regency-blank.csv");
    expect(result.dataset?.cases[0]?.incident_regency).toBe("53.71");
  });

  it("reports an unknown region with a suggestion", async () => {
    const result = await checkFixture("region-unknown.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("region-unknown.csv"), row: 2, column: "office", code: "unknown_region" },
    ]);
    expect(result.problems[0]?.suggestion).toBe("Kota Kupang (53.71)");
  });

  it("reports an ambiguous region naming both codes", async () => {
    const result = await checkFixture("region-ambiguous.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("region-ambiguous.csv"), row: 2, column: "incident_regency", code: "ambiguous_region" },
      { file: fixture("region-ambiguous.csv"), row: 2, column: "office", code: "ambiguous_region" },
    ]);
    expect(result.problems.find((p) => p.column === "office")?.expected).toBe(
      "Kabupaten Pasuruan (35.14), Kota Pasuruan (35.75)",
    );
  });

  it("reports a province given as the incident regency", async () => {
    expect(errorsOf(await checkFixture("region-province-as-regency.csv"))).toEqual([
      { file: fixture("region-province-as-regency.csv"), row: 2, column: "incident_regency", code: "not_a_regency" },
    ]);
  });
});
