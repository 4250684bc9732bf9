import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import datapackage from "datapackage";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { caseJsonSchema, casesToCsv, casesToJson, caseTableSchema, csvColumns, dataPackage, formulaSafe } from "../../src/site/export.ts";
import { dataVersion } from "../../src/site/version.ts";
import { checkData } from "../../src/node/check-data.ts";
import { caseTable, compiledCaseTable } from "../../src/ingest/schema/index.ts";

// The test site's data: office and compiled cases.
const { dataset } = await checkData("test/fixtures/site");
const cases = dataset!.cases;
const hostile = (await checkData("test/fixtures/hostile-text-in-every-field")).dataset!.cases;
const formulas = (await checkData("test/fixtures/formula-data")).dataset;

describe("casesToCsv", () => {
  it("writes a BOM, the id, who recorded it and every schema field as headers, CRLF, rows sorted by id", () => {
    const csv = casesToCsv(cases);
    expect(csv.startsWith("\ufeffid,recorded_by,case_id,office,election,incident_date,")).toBe(true);
    expect(csv.trimEnd().endsWith(",updated,replaces") || csv.split("\r\n")[0]!.endsWith(",updated,replaces")).toBe(true);
    expect(csv.split("\r\n").map((line) => line.split(",").slice(0, 2).join(","))).toEqual([
      "\ufeffid,recorded_by",
      "35.14/psr-pemilu2024-1,compiled",
      "35.78/SBY-2024-01,office",
      "35.78/SBY-2024-02,office",
      "35.78/sby-kompilasi-2,compiled",
      "53.71/kpg-pemilu2024-1,compiled",
      "64.09/ppu-pemilu2024-1,compiled",
      "",
    ]);
  });

  it("writes the Data Package's copy without the byte-order mark, and otherwise the same bytes", () => {
    expect(casesToCsv(cases, { bom: false })).toBe(casesToCsv(cases).slice(1));
  });

  it("holds exactly what the JSON holds", () => {
    const rows = Papa.parse<Record<string, string>>(casesToCsv(cases).slice(1), { header: true, skipEmptyLines: true }).data;
    const json = JSON.parse(casesToJson(cases)) as Record<string, unknown>[];
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      for (const key of csvColumns) {
        const value = json[i]![key];
        expect(row[key], `${json[i]!.id} ${key}`).toBe(value === null ? "" : Array.isArray(value) ? value.join(" | ") : String(value));
      }
    });
  });
});

describe("the downloads of many subsets", () => {
  // Each case is written once and reused by every download that holds it (the country's,
  // its province's, its office's); the bytes must be those of writing each download whole.
  it("writes the JSON that JSON.stringify writes, for any subset and in any order", () => {
    for (const subset of [cases, [...cases].reverse(), cases.slice(1, 2), hostile]) {
      const sorted = [...subset].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(casesToJson(subset)).toBe(`${JSON.stringify(sorted, null, 2)}\n`);
    }
    expect(casesToJson([])).toBe("[]\n");
  });

  it("writes the CSV that Papa writes for the whole table, and a header alone for no cases", () => {
    for (const subset of [cases, cases.slice(0, 2), hostile]) {
      const sorted = [...subset].sort((a, b) => (a.id < b.id ? -1 : 1));
      const rows = sorted.map((c) => csvColumns.map((key) => {
        const value = (c as unknown as Record<string, unknown>)[key];
        return value === null ? "" : Array.isArray(value) ? value.join(" | ") : String(value);
      }));
      expect(casesToCsv(subset)).toBe(`\ufeff${Papa.unparse({ fields: [...csvColumns], data: rows }, { newline: "\r\n" })}\r\n`);
    }
    expect(casesToCsv([])).toBe(`\ufeff${csvColumns.join(",")}\r\n`);
  });
});

describe("the JSON Schema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(caseJsonSchema("https://example.org/"));

  it("accepts every published case", () => {
    for (const c of JSON.parse(casesToJson(cases))) expect(validate(c), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses a record that breaks it", () => {
    const bad = { ...JSON.parse(casesToJson(cases))[0], status: "closed", asn_count: -1, extra: 1 };
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(["additionalProperties", "enum", "minimum"]);
  });
});

describe("the Data Package", () => {
  const pkg = dataPackage({ siteUrl: "https://example.org/", version: dataVersion(cases), updated: "2026-11-29", resources: [{ name: "cases", path: "package/cases.csv", title: "Every case" }] });
  const schema = caseTableSchema() as { fields: { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string } }[] };

  it("describes the published CSV column by column", () => {
    expect(schema.fields.map((f) => f.name)).toEqual([...csvColumns]);
    expect(pkg).toMatchObject({ name: "pantau-netralitas-asn", resources: [{ path: "package/cases.csv", profile: "tabular-data-resource", encoding: "utf-8" }] });
    expect(schema.fields.filter((f) => f.constraints?.required).map((f) => f.name)).toEqual([
      "id",
      "recorded_by",
      // Required of every published record: required both of an office's row and of a compiled one.
      ...caseTable.fields.filter((f, i) => f.presence === "required" && compiledCaseTable.fields[i]!.presence === "required").map((f) => f.key),
    ]);
  });

  it("is met by every row of the published CSV", () => {
    const rows = Papa.parse<Record<string, string>>(casesToCsv(cases).slice(1), { header: true, skipEmptyLines: true }).data;
    for (const row of rows) {
      for (const field of schema.fields) {
        const value = row[field.name]!;
        if (value === "") {
          expect(field.constraints?.required ?? false, `${row.id} ${field.name}`).toBe(false);
          continue;
        }
        if (field.type === "integer") expect(value).toMatch(/^\d+$/);
        if (field.constraints?.enum) expect(field.constraints.enum).toContain(value);
        if (field.constraints?.pattern) expect(value).toMatch(new RegExp(`^(?:${field.constraints.pattern})$`));
      }
    }
  });
});

describe("the Data Package, read by the Frictionless JavaScript library (datapackage 1.1.10)", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  /** The package as the site publishes it (data/datapackage.json and data/package/cases.csv), in a folder of its own. */
  async function published(list: typeof cases): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "pantau-package-"));
    dirs.push(dir);
    const descriptor = dataPackage({ siteUrl: "https://example.org/", version: dataVersion(list), updated: "2026-11-29", resources: [{ name: "cases", path: "package/cases.csv", title: "Every case" }] });
    await mkdir(join(dir, "package"));
    await writeFile(join(dir, "datapackage.json"), JSON.stringify(descriptor, null, 2));
    await writeFile(join(dir, "package", "cases.csv"), casesToCsv(list, { bom: false }));
    return join(dir, "datapackage.json");
  }

  it.each([
    ["the test site's cases", cases],
    ["cases with hostile text in every field", hostile],
    ["cases with formulas", formulas!.cases],
  ])("is a valid descriptor whose every row of %s is read and cast against the Table Schema", async (_, list) => {
    const pkg = await datapackage.Package.load(await published(list));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const resource of pkg.resources) {
      const rows = (await resource.read({ keyed: true, cast: true })) as Record<string, unknown>[];
      expect(rows).toHaveLength(list.length);
      expect(Object.keys(rows[0]!)[0]).toBe("id"); // no byte-order mark in the first header
      expect(rows.map((r) => r.id).sort()).toEqual(list.map((c) => c.id).sort());
      expect(new Set(rows.map((r) => r.recorded_by))).toEqual(new Set(list.map((c) => c.recorded_by)));
    }
  });
});

describe("formula-safe CSV", () => {

  it("puts an apostrophe before every cell a spreadsheet would run, also after spaces and across lines", () => {
    expect(formulas).not.toBeNull();
    const rows = Papa.parse<Record<string, string>>(casesToCsv(formulas!.cases).slice(1), { header: true, skipEmptyLines: true }).data;
    const byId = new Map(rows.map((r) => [r.case_id!, r]));
    expect(byId.get("F-1")!.description).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(byId.get("F-2")!.description).toBe("'+SUM(1,2)"); // the record keeps the cell trimmed
    expect(byId.get("F-3")!.description).toBe("'-2+3 laporan");
    expect(byId.get("F-4")!.description).toBe("'@SUM(A1)");
    expect(byId.get("F-5")!.description).toBe("diawali tab"); // trimmed too
    expect(byId.get("F-6")!.description).toBe("baris pertama\n=cmd|' /C calc'!A0");
    expect(byId.get("F-7")!.description).toBe("'=1+1\nbaris kedua");
    expect(byId.get("F-8")!.asn_position).toBe("'-guru");
    expect(byId.get("F-8")!.description).toBe("Uraian biasa tanpa rumus");
  });

  it("leaves no cell of the published CSV starting a formula", () => {
    for (const list of [cases, hostile, formulas!.cases]) {
      const rows = Papa.parse<string[]>(casesToCsv(list).slice(1), { skipEmptyLines: true }).data;
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^(?:[ \u00a0]*[=+\-@]|[\t\r])/);
    }
  });

  it("keeps the JSON as the data says", () => {
    const json = JSON.parse(casesToJson(formulas!.cases)) as { case_id: string; description: string }[];
    expect(json.find((c) => c.case_id === "F-1")!.description).toBe(`=HYPERLINK("http://evil.example","klik")`);
  });

  it("formulaSafe escapes after leading spaces and in cells that span lines, where papaparse's escapeFormulae does not", () => {
    expect(["  =1+1", "\u00a0+1", " -1", "  @x", "\r=1", "=1\n2", "@a\nb"].map(formulaSafe)).toEqual(["'  =1+1", "'\u00a0+1", "' -1", "'  @x", "'\r=1", "'=1\n2", "'@a\nb"]);
    const papa = Papa.unparse([["  =1+1", "=1\n2"]], { escapeFormulae: true });
    expect(papa).not.toContain("'"); // what it misses, and why the site escapes on its own
  });

  it("formulaSafe leaves plain text alone", () => {
    expect(["", "ASN hadir", "2024-01-02", "53.71", "Kota Kupang"].map(formulaSafe)).toEqual(["", "ASN hadir", "2024-01-02", "53.71", "Kota Kupang"]);
  });
});
