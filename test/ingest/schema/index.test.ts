import { describe, expect, it } from "vitest";
import { caseFactFields, caseTable, normaliseName, tables } from "../../../src/ingest/schema/index.ts";

describe("the schema", () => {
  it("gives every field of every table a key, an Indonesian alias and labels in both languages, none matched twice", () => {
    for (const table of Object.values(tables)) {
      // A field may repeat its own name ("status" is key and alias); no two fields share one.
      const names = table.fields.flatMap((f) => [...new Set([f.key, f.alias, ...(f.aliases ?? [])].map(normaliseName))]);
      expect(new Set(names).size, table.name).toBe(names.length);
      for (const f of table.fields) {
        expect(f.label.id.length * f.label.en.length, f.key).toBeGreaterThan(0);
        expect(f.description.id.length * f.description.en.length, f.key).toBeGreaterThan(0);
      }
    }
  });

  it("gives every enum value a label in both languages", () => {
    for (const f of caseTable.fields.filter((f) => f.kind === "enum")) {
      for (const v of f.values!) expect([v.label.id, v.label.en].every((l) => l.length > 0), `${f.key}.${v.key}`).toBe(true);
    }
  });

  it("lists on a case page every case field but the sources and the compiled case it replaces (said in a note)", () => {
    expect(caseFactFields.map((f) => f.key)).toEqual(caseTable.fields.map((f) => f.key).filter((k) => k !== "sources" && k !== "replaces"));
  });

  it("guards names in the free text and in the post and employer fields", () => {
    expect(caseTable.fields.filter((f) => f.names !== undefined).map((f) => [f.key, f.names])).toEqual([
      ["case_id", "role"],
      ["asn_position", "role"],
      ["asn_employer", "role"],
      ["description", "free"],
      ["outcome_detail", "free"],
      ["replaces", "role"],
    ]);
  });
});
