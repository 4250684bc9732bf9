// What the site publishes for reuse, generated from the one schema: case records as CSV
// and JSON, the JSON Schema of a record, and a Frictionless Data Package describing the
// published CSVs. Pure and deterministic: the same Dataset gives the same bytes.

import Papa from "papaparse";
import type { CaseRecord } from "../ingest/dataset.ts";
import { caseTable, compiledCaseTable, type Field } from "../ingest/schema/index.ts";
import { compareText } from "../ingest/compare.ts";

/**
 * The fields of a published record: an office's case or a compiled one, so a value is
 * required only where both tables require it (a compiled case may leave its origin blank).
 */
const publishedFields: readonly Field[] = caseTable.fields.map((f, i) =>
  f.presence === "required" && compiledCaseTable.fields[i]!.presence !== "required" ? { ...f, presence: "recommended" } : f,
);

/** The published columns, in order: the record's id, who recorded it, then every schema field. */
export const csvColumns: readonly string[] = ["id", "recorded_by", ...caseTable.fields.map((f) => f.key)];

/** The download files of each region: "53.71.csv" and "53.71.json". */
export function regionDownloads(regions: readonly { readonly code: string }[]): string[] {
  return regions.flatMap((r) => [`${r.code}.csv`, `${r.code}.json`]);
}

/** Cases as sorted by id, as every download lists them. */
export function byId(cases: readonly CaseRecord[]): CaseRecord[] {
  return [...cases].sort((a, b) => compareText(a.id, b.id));
}

/**
 * CSV with a header row, CRLF, UTF-8 with a BOM so that Excel reads it as UTF-8; sources
 * joined by " | "; every cell formula-safe (formulaSafe()). `bom: false` for the Data
 * Package's copy: Frictionless tools read the mark as part of the first header.
 */
export function casesToCsv(cases: readonly CaseRecord[], { bom = true } = {}): string {
  const lines = [csvHeader, ...byId(cases).map(csvLine)];
  return `${bom ? "\ufeff" : ""}${lines.join("\r\n")}\r\n`;
}

// Every case is in several downloads (the country's, its province's, its office's), so
// each case's CSV line and JSON text are written once per build. Papa quotes cell by
// cell, so a line written alone is the line it writes in a whole table.
const csvHeader = Papa.unparse([[...csvColumns]], { newline: "\r\n" });
const csvLines = new WeakMap<CaseRecord, string>();
function csvLine(c: CaseRecord): string {
  let line = csvLines.get(c);
  if (line === undefined) {
    line = Papa.unparse([csvColumns.map((key) => cell((c as unknown as Record<string, unknown>)[key]))], { newline: "\r\n" });
    csvLines.set(c, line);
  }
  return line;
}
const jsonTexts = new WeakMap<CaseRecord, string>();
/** A case as an element of an array pretty-printed with two spaces: indented one level. */
function jsonElement(c: CaseRecord): string {
  let text = jsonTexts.get(c);
  if (text === undefined) {
    // JSON escapes line breaks inside strings, so every raw newline is indentation.
    text = `  ${JSON.stringify(c, null, 2).replaceAll("\n", "\n  ")}`;
    jsonTexts.set(c, text);
  }
  return text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return formulaSafe(Array.isArray(value) ? value.join(" | ") : String(value));
}

// A cell a spreadsheet would run as a formula: "=", "+", "-" or "@" first, also after
// leading spaces, or a tab or carriage return first. Checked on the whole cell, so a cell
// that spans lines is caught too (papaparse's own escapeFormulae misses both).
const formulaStart = /^(?:[ \u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

/**
 * A published cell made safe to open in a spreadsheet (OWASP "CSV injection"): a cell
 * that would start a formula gets a leading apostrophe, which Excel and LibreOffice show
 * as text. Data files for the repository (the template, a checked file) are validated
 * instead, never escaped.
 */
export function formulaSafe(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function casesToJson(cases: readonly CaseRecord[]): string {
  // The same bytes as JSON.stringify(byId(cases), null, 2), from each case's text.
  return cases.length === 0 ? "[]\n" : `[\n${byId(cases).map(jsonElement).join(",\n")}\n]\n`;
}

// --- JSON Schema ------------------------------------------------------------------------

const recordedByText =
  "Who recorded the case: office = published by its Bawaslu office; compiled = compiled by the Pantau Netralitas ASN editors from the news reports in sources. / Siapa yang mencatat: office = diterbitkan kantor Bawaslu; compiled = dihimpun redaksi dari pemberitaan di kolom sumber.";

const datePattern = "^\\d{4}-\\d{2}(-\\d{2})?$";
const codePattern = "^\\d{2}(\\.\\d{2})?$";

function jsonType(field: Field): Record<string, unknown> {
  const nullable = field.presence !== "required";
  const type = (t: string) => (nullable ? [t, "null"] : t);
  switch (field.kind) {
    case "count":
      return { type: type("integer"), minimum: 0 };
    case "date":
      return { type: type("string"), pattern: datePattern };
    case "enum":
      return { type: type("string"), enum: [...field.values!.map((v) => v.key), ...(nullable ? [null] : [])] };
    case "region":
    case "office":
    case "employer_region":
      return { type: type("string"), pattern: codePattern };
    case "sources":
      return { type: "array", minItems: 1, items: { type: "string" } };
    default:
      return { type: type("string") };
  }
}

/** The JSON Schema (2020-12) of one published case record. */
export function caseJsonSchema(siteUrl: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id: { type: "string", description: "<office code>/<case_id>" },
    recorded_by: { type: "string", enum: ["office", "compiled"], description: recordedByText },
  };
  for (const field of publishedFields) {
    properties[field.key] = { title: field.label.en, description: `${field.description.en} / ${field.description.id}`, ...jsonType(field) };
  }
  properties["replaced_by"] = { type: ["string", "null"], description: "Always null in a published record: a compiled case an office's record replaced is no longer published." };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: new URL("/data/case.schema.json", siteUrl).href,
    title: "Pantau Netralitas ASN case record",
    description: "One ASN neutrality case as published in data/cases.json. Dates keep their precision (YYYY-MM-DD or YYYY-MM); regions are Kemendagri codes.",
    type: "object",
    additionalProperties: false,
    required: ["id", "recorded_by", ...caseTable.fields.map((f) => f.key), "replaced_by"],
    properties,
  };
}

// --- Data Package (Frictionless) ----------------------------------------------------------

function tableType(field: Field): Record<string, unknown> {
  switch (field.kind) {
    case "count":
      return { type: "integer", constraints: { minimum: 0 } };
    case "date":
      return { type: "string", constraints: { pattern: datePattern.slice(1, -1) } };
    case "enum":
      return { type: "string", constraints: { enum: field.values!.map((v) => v.key) } };
    case "region":
    case "office":
    case "employer_region":
      return { type: "string", constraints: { pattern: codePattern.slice(1, -1) } };
    default:
      return { type: "string" };
  }
}

/** Table Schema of the published case CSVs. */
export function caseTableSchema(): Record<string, unknown> {
  return {
    fields: [
      { name: "id", type: "string", constraints: { required: true, unique: true } },
      { name: "recorded_by", title: "Recorded by", description: recordedByText, type: "string", constraints: { required: true, enum: ["office", "compiled"] } },
      ...publishedFields.map((field) => ({
        name: field.key,
        title: field.label.en,
        description: `${field.description.en} / ${field.description.id}${field.kind === "sources" ? " (joined by \" | \")" : ""}`,
        ...tableType(field),
        ...(field.presence === "required" ? { constraints: { ...((tableType(field).constraints as object) ?? {}), required: true } } : {}),
      })),
    ],
    primaryKey: ["id"],
    missingValues: [""],
  };
}

/** A Data Package describing `resources` (path relative to the package) with the case Table Schema. */
export function dataPackage(options: { siteUrl: string; version: string; updated: string | null; resources: readonly { name: string; path: string; title: string }[] }): Record<string, unknown> {
  const schema = caseTableSchema();
  return {
    name: "pantau-netralitas-asn",
    title: "Pantau Netralitas ASN: ASN neutrality cases handled by Bawaslu",
    homepage: options.siteUrl,
    version: options.version,
    ...(options.updated === null ? {} : { lastUpdated: options.updated }),
    licenses: [
      { name: "ODbL-1.0", path: "https://opendatacommons.org/licenses/odbl/1-0/", title: "Region codes and names from idn-area-data: Open Database License" },
    ],
    sources: [
      { title: "Case files published by Bawaslu offices (recorded_by = office)" },
      { title: "News reports and Bawaslu statements the editors compiled cases from, cited on each case (recorded_by = compiled, column sources)" },
    ],
    resources: options.resources.map((r) => ({
      name: r.name,
      path: r.path,
      title: r.title,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      // Without a byte-order mark (see casesToCsv): "utf-8-sig" is no IANA name, and a
      // mark read as UTF-8 becomes part of the first header.
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
      schema,
    })),
  };
}
