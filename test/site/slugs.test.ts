import { describe, expect, it } from "vitest";
import { caseSlug, casePath, casePaths } from "../../src/site/slugs.ts";
import type { CaseRecord } from "../../src/ingest/dataset.ts";
import { checkFixture, errorsOf, fixture } from "../helpers.ts";

describe("case paths", () => {
  it("come from the office and the case id alone", () => {
    expect(casePath("53.71", "KPG 07/B")).toBe("/kasus/53.71/kpg-07-b/");
    expect(caseSlug("Psr.Pemilu_2024-1")).toBe("psr.pemilu_2024-1");
    expect(caseSlug("Kasus Élan")).toBe("kasus-elan");
    expect(caseSlug("///")).toBe("kasus");
  });

  it("never change when another case is added, whatever its id", () => {
    const one = { id: "53.71/kpg-07-b", office: "53.71", case_id: "kpg-07-b" } as CaseRecord;
    const before = casePaths([one]).get(one.id);
    const newcomer = { id: "53.71/KPG 07/B", office: "53.71", case_id: "KPG 07/B" } as CaseRecord;
    const earlier = { id: "53.71/KPG 07-A", office: "53.71", case_id: "KPG 07-A" } as CaseRecord;
    expect(casePaths([newcomer, earlier, one]).get(one.id)).toBe(before);
  });

  it("that two ids of one office would share are a duplicate_slug error on the later row, naming the first", async () => {
    const result = await checkFixture("slug-collision.csv");
    const file = fixture("slug-collision.csv");
    expect(errorsOf(result)).toEqual([{ file, row: 3, column: "case_id", code: "duplicate_slug" }]);
    expect(result.problems[0]!.detail).toBe(`${file}:2`);
    expect(result.problems[0]!.expected).toBeUndefined(); // the path would echo the id's text
  });
});
