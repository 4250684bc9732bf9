import { describe, expect, it } from "vitest";
import { guide } from "../../../src/ingest/problems/guide.ts";
import { problemCodes } from "../../../src/ingest/problems/problems.ts";

describe("the guide", () => {
  it("gives every problem code an example and a fix in both languages", () => {
    expect(Object.keys(guide).sort()).toEqual([...problemCodes].sort());
    for (const code of problemCodes) {
      for (const text of [guide[code].example.id, guide[code].example.en, guide[code].fix.id, guide[code].fix.en]) expect(text.length, code).toBeGreaterThan(5);
    }
  });
});
