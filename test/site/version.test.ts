import { describe, expect, it } from "vitest";
import { checkData } from "../../src/node/check-data.ts";
import { dataVersion } from "../../src/site/version.ts";

const cases = (await checkData("test/fixtures/site")).dataset!.cases;

describe("dataVersion", () => {
  it("is a 12-character content hash that changes with the data and not with its order", () => {
    expect(dataVersion(cases)).toMatch(/^[0-9a-f]{12}$/);
    expect(dataVersion(cases.slice(1))).not.toBe(dataVersion(cases));
    expect(dataVersion([...cases].reverse())).toBe(dataVersion(cases));
  });
});
