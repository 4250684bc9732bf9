import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readInput } from "../../src/node/files.ts";
import { caseTable } from "../../src/ingest/schema/index.ts";
import { templateCsv } from "../../src/ingest/template.ts";
import { templateXlsx } from "../../scripts/cli/templates.ts";
import { bytes, errorsOf, TODAY } from "../helpers.ts";

const csvPath = "public/templates/templat-kasus.csv";
const xlsxPath = "public/templates/templat-kasus.xlsx";

async function validateText(text: string, path = "data/cases/53.71-kota-kupang.csv") {
  const [regions, elections] = await Promise.all([loadRegions(), readInput("data/elections.csv")]);
  return buildDataset({ dir: "data", cases: [{ ...bytes(text), path }], events: [], elections }, { regions, today: TODAY });
}

async function sheetOf(buffer: Buffer | Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return { book, sheet: book.getWorksheet("Kasus")! };
}

describe("the CSV template", () => {
  it("is committed as the schema makes it: BOM, semicolons, CRLF, Indonesian headers", async () => {
    const committed = await readFile(csvPath, "utf8");
    expect(committed).toBe(templateCsv());
    expect(committed.startsWith(`\ufeff${caseTable.fields.map((f) => f.alias).join(";")}\r\n`)).toBe(true);
  });

  it("is rejected while its example row is left in, and for nothing else", async () => {
    const result = await validateText(await readFile(csvPath, "utf8"));
    expect(errorsOf(result)).toEqual([{ file: "data/cases/53.71-kota-kupang.csv", row: 2, column: "case_id", code: "example_row" }]);
  });

  it("validates once the example is turned into a real case", async () => {
    const result = await validateText((await readFile(csvPath, "utf8")).replace("CONTOH-1", "KPG-2024-09"));
    expect(errorsOf(result)).toEqual([]);
  });
});

describe("the xlsx template", () => {
  it("is byte for byte the file the script makes, every time (zip entries carry a fixed date)", async () => {
    const [committed, first, second] = await Promise.all([readFile(xlsxPath), templateXlsx(), templateXlsx()]);
    expect(first.equals(second)).toBe(true);
    expect(first.equals(committed)).toBe(true);
  });

  it("is committed as the script makes it", async () => {
    const [committed, fresh] = await Promise.all([sheetOf(await readFile(xlsxPath)), sheetOf(await templateXlsx())]);
    const cells = (s: ExcelJS.Worksheet) => [1, 2].map((r) => (s.getRow(r).values as unknown[]).map((v) => (v instanceof Date ? v.toISOString() : v)));
    expect(cells(committed.sheet)).toEqual(cells(fresh.sheet));
  });

  it("has the Indonesian headers, a dropdown of Indonesian words for every enum, and date columns", async () => {
    const { book, sheet } = await sheetOf(await readFile(xlsxPath));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Petunjuk", "Kasus"]);
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(caseTable.fields.map((f) => f.alias));
    caseTable.fields.forEach((field, i) => {
      const cell = sheet.getCell(500, i + 1);
      if (field.kind === "enum") {
        expect(cell.dataValidation, field.key).toMatchObject({ type: "list", formulae: [`"${field.values!.map((v) => v.label.id).join(",")}"`] });
      }
      if (field.kind === "date") {
        expect(cell.dataValidation, field.key).toMatchObject({ type: "date" });
        expect(sheet.getColumn(i + 1).numFmt, field.key).toBe("dd/mm/yyyy");
      }
    });
    expect(sheet.getCell(2, 1).value).toBe("CONTOH-1");
    expect(sheet.getCell(2, 4).value).toEqual(new Date(Date.UTC(2023, 11, 29)));
  });

  it("gives a CSV the validator accepts when saved as Excel in an Indonesian locale saves it", async () => {
    const { book, sheet } = await sheetOf(await readFile(xlsxPath));
    sheet.getCell(2, 1).value = "KPG-2024-09";
    sheet.getCell(2, 13).value = "Seorang ASN ikut kampanye terbuka.";
    const csv = await book.csv.writeBuffer({ sheetName: "Kasus", dateFormat: "DD/MM/YYYY", dateUTC: true, formatterOptions: { delimiter: ";", rowDelimiter: "\r\n", writeBOM: true } });
    const text = Buffer.from(csv).toString("utf8");
    expect(text.split("\r\n")[1]).toContain(";29/12/2023;");
    const result = await validateText(text);
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset?.cases[0]).toMatchObject({ id: "53.71/KPG-2024-09", incident_date: "2023-12-29", status: "referred", referred_to: "KASN", election: "pemilu-2024" });
  });
});
