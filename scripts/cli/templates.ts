// npm run templates: the CSV and .xlsx templates offices start from, written to
// public/templates/ (committed, served at /templates/). A test checks that the committed
// files are what this script makes from the schema.

import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { exampleRow, templateCsv, templateFields } from "../../src/ingest/template.ts";
import { bilingual, numbered, t } from "../../src/i18n/index.ts";

const root = resolve(import.meta.dirname, "../..");
export const templateDir = join(root, "public", "templates");
const lastRow = 1000;
const fixedDate = new Date(Date.UTC(2026, 0, 1));

/** "29/12/2023" -> a Date, so the sheet holds a real date that Excel formats. */
function asDate(text: string): Date {
  const [d, m, y] = text.split("/").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function columnLetter(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A validation over a range: exceljs supports it at run time, but its types lack it. */
function validate(sheet: ExcelJS.Worksheet, range: string, rule: ExcelJS.DataValidation): void {
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(range, rule);
}

export async function templateXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Pantau Netralitas ASN";
  book.created = fixedDate;
  book.modified = fixedDate;

  const guide = book.addWorksheet("Petunjuk");
  guide.getColumn(1).width = 110;
  // Each step in Bahasa Indonesia, then in English, indented below it (src/i18n, template.step.N).
  const [id, en] = [numbered("id", "template.step", ["text"]), numbered("en", "template.step", ["text"])];
  [
    t("id", "template.title"),
    "",
    ...id.flatMap((step, i) => [...step.text.split("\n").map((line, j) => (j === 0 ? `${i + 1}. ${line}` : `   ${line}`)), ...en[i]!.text.split("\n").map((line) => `   ${line}`)]),
  ].forEach((line, i) => (guide.getCell(i + 1, 1).value = line));
  guide.getRow(1).font = { bold: true, size: 14 };

  const sheet = book.addWorksheet("Kasus", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = templateFields.map((f) => ({ header: f.alias, key: f.key, width: Math.max(14, f.alias.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(templateFields.map((f) => [f.key, f.kind === "date" && exampleRow[f.key] ? asDate(exampleRow[f.key]!) : f.key === "asn_count" ? Number(exampleRow[f.key]) : (exampleRow[f.key] ?? "")])));
  templateFields.forEach((field, i) => {
    const column = columnLetter(i);
    const range = `${column}2:${column}${lastRow}`;
    const note = { showErrorMessage: true, errorStyle: "stop" as const, errorTitle: field.label.id, error: `${field.description.id} / ${field.description.en}`, showInputMessage: true, promptTitle: field.label.id, prompt: field.description.id.slice(0, 250) };
    if (field.kind === "enum") {
      validate(sheet, range, { type: "list", allowBlank: field.presence !== "required", formulae: [`"${field.values!.map((v) => v.label.id).join(",")}"`], ...note });
    } else if (field.kind === "date") {
      sheet.getColumn(i + 1).numFmt = "dd/mm/yyyy";
      validate(sheet, range, { type: "date", operator: "greaterThan", allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], ...note, errorStyle: "warning" as const });
    } else if (field.kind === "count") {
      validate(sheet, range, { type: "whole", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0], ...note });
    }
  });
  return fixZipTimes(Buffer.from(await book.xlsx.writeBuffer()));
}

/**
 * The workbook with every zip entry dated 1 January 2026, 00:00: ExcelJS stamps each entry
 * with the time it is written, so two runs differed. The DOS date and time sit in each
 * central directory record and local header; the data and its checksums are untouched.
 */
export function fixZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file");
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error("malformed zip central directory");
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

export async function writeTemplates(): Promise<void> {
  await mkdir(templateDir, { recursive: true });
  await writeFile(join(templateDir, "templat-kasus.csv"), templateCsv());
  await writeFile(join(templateDir, "templat-kasus.xlsx"), await templateXlsx());
  process.stdout.write(`${bilingual("cli.templatesWritten", { dir: templateDir })}\n`);
}

if (import.meta.main) await writeTemplates();
