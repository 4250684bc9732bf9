// data/events/*.csv: extra timeline steps of a case.

import { stages } from "./enums.ts";
import { t, type Table } from "./types.ts";

export const eventTable: Table = {
  name: "events",
  fields: [
    {
      key: "office",
      alias: "kantor",
      presence: "required",
      kind: "office",
      label: t("Kantor Bawaslu", "Bawaslu office"),
      description: t("Kantor yang menangani kasus.", "The office that handles the case."),
    },
    {
      key: "case_id",
      alias: "id_kasus",
      presence: "required",
      kind: "id",
      label: t("ID kasus", "Case ID"),
      description: t("ID kasus seperti di berkas kasus kantor.", "The case id as in the office's case file."),
    },
    {
      key: "date",
      alias: "tanggal",
      presence: "required",
      kind: "date",
      label: t("Tanggal", "Date"),
      description: t("Tanggal tahapan.", "The date of the step."),
    },
    {
      key: "stage",
      alias: "tahapan",
      presence: "required",
      kind: "enum",
      values: stages,
      label: t("Tahapan", "Stage"),
      description: t("Jenis tahapan penanganan.", "The kind of handling step."),
    },
    {
      key: "note",
      names: "free",
      alias: "catatan",
      presence: "optional",
      kind: "text",
      label: t("Catatan", "Note"),
      description: t("Keterangan singkat yang anonim.", "A short anonymised note."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Sumber tahapan ini, dipisah \" | \".", "Sources for this step, separated by \" | \"."),
    },
  ],
};

/**
 * The same table for the steps the editors compile from public reports: a report may say a
 * step happened (forwarded to BKN) without its day, so the date is recommended (a blank is
 * a warning, and the step stands apart as "date unknown" on the case page).
 */
export const compiledEventTable: Table = {
  ...eventTable,
  fields: eventTable.fields.map((f) => (f.key === "date" ? { ...f, presence: "recommended" } : f)),
};
