// The templates offices start from: the headers in Bahasa Indonesia, in the schema's
// order, and one filled example row that the validator rejects if it is left in.

import { exampleMarker } from "./crosscheck.ts";
import { caseTable, type Field } from "./schema/index.ts";

/** The example row, as an office would type it in an Indonesian locale. */
export const exampleRow: Readonly<Record<string, string>> = {
  case_id: `${exampleMarker}-1`,
  office: "Kota Kupang",
  election: "Pemilu 2024",
  incident_date: "29/12/2023",
  incident_regency: "Kota Kupang",
  reported_date: "02/01/2024",
  origin: "laporan",
  asn_count: "1",
  asn_position: "kepala bidang",
  asn_employer: "Pemerintah Kota Kupang",
  asn_employer_regency: "Kota Kupang",
  violation_type: "ikut kampanye",
  description: "CONTOH: hapus baris ini sebelum menerbitkan / EXAMPLE: delete this row before publishing",
  status: "diteruskan",
  referred_to: "KASN",
  referred_date: "10/01/2024",
  outcome: "",
  outcome_detail: "",
  outcome_date: "",
  sources: "https://media.example/berita/contoh | Nama media, 1 Februari 2024",
  updated: "01/02/2024",
};

export const templateFields: readonly Field[] = caseTable.fields;

/** The CSV template as Excel saves "CSV UTF-8" in an Indonesian locale: BOM, ";", CRLF. */
export function templateCsv(): string {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const header = templateFields.map((f) => f.alias).join(";");
  const row = templateFields.map((f) => quote(exampleRow[f.key] ?? "")).join(";");
  return `\ufeff${header}\r\n${row}\r\n`;
}
