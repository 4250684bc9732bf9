import { describe, expect, it } from "vitest";
import { filterCases, filterSlug, filtersToQuery, isFiltered, parseFilters } from "../../src/client/filter.ts";
import { checkData } from "../../src/node/check-data.ts";

const { dataset } = await checkData("test/fixtures/site");
const cases = dataset!.cases;
const ids = (query: string) => filterCases(cases, parseFilters(query)).map((c) => c.id);

describe("parseFilters", () => {
  it("reads the known keys and ignores unknown keys and impossible values", () => {
    expect(parseFilters("?status=referred&from=2023-12&colour=red&outcome=maybe&province=x")).toEqual({ status: "referred", from: "2023-12" });
  });

  it("round-trips through the query, in a stable order", () => {
    const query = "?election=pemilu-2024&status=referred&from=2023-12&to=2024-01";
    expect(filtersToQuery(parseFilters("?to=2024-01&status=referred&from=2023-12&election=pemilu-2024"))).toBe(query);
    expect(filtersToQuery({})).toBe("");
    expect(isFiltered(parseFilters(""))).toBe(false);
  });
});

describe("filterCases", () => {
  it.each([
    ["?status=sanctioned", ["53.71/kpg-pemilu2024-1"]],
    ["?outcome=pending", ["35.78/SBY-2024-01", "35.14/psr-pemilu2024-1", "35.78/sby-kompilasi-2", "64.09/ppu-pemilu2024-1"]],
    ["?province=64", ["64.09/ppu-pemilu2024-1"]],
    ["?violation_type=social_media", ["35.78/sby-kompilasi-2", "64.09/ppu-pemilu2024-1"]],
    ["?election=pilkada-2024", []],
    ["?from=2023-12&to=2023-12", ["35.14/psr-pemilu2024-1", "53.71/kpg-pemilu2024-1", "64.09/ppu-pemilu2024-1"]],
    ["?from=2024-01", ["35.78/SBY-2024-01", "35.78/SBY-2024-02", "35.78/sby-kompilasi-2"]],
    ["?election=pemilu-2024&status=referred&province=64", ["64.09/ppu-pemilu2024-1"]],
  ])("%s keeps %j", (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe("filterSlug", () => {
  it("names a file after the filters", () => {
    expect(filterSlug(parseFilters("?status=referred&from=2023-12"))).toBe("status-referred_from-2023-12");
    expect(filterSlug({})).toBe("all");
  });
});
