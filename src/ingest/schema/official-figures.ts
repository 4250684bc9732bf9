// data/official-figures.csv: totals official bodies stated, with their date and source.

import { measures, officialStages } from "./enums.ts";
import { t, type Table } from "./types.ts";

/** data/official-figures.csv: totals the authorities stated, shown beside the site's own count. */
export const officialFigureTable: Table = {
  name: "official_figures",
  fields: [
    {
      key: "date",
      alias: "tanggal",
      presence: "required",
      kind: "date",
      label: t("Tanggal", "Date"),
      description: t("Tanggal pernyataan resmi.", "The day of the official statement."),
    },
    {
      key: "body",
      alias: "lembaga",
      presence: "required",
      kind: "text",
      label: t("Lembaga", "Body"),
      description: t("Lembaga yang menyampaikan angka.", "The body that stated the figure."),
    },
    {
      key: "scope",
      alias: "cakupan",
      presence: "required",
      kind: "scope",
      label: t("Cakupan", "Scope"),
      description: t("nasional, atau kode atau nama provinsi atau kabupaten/kota.", "national, or a province or regency code or name."),
    },
    {
      key: "election",
      alias: "pemilihan",
      presence: "optional",
      kind: "election",
      label: t("Pemilihan", "Election"),
      description: t("Pemilihan yang dihitung; kosong bila semua.", "The election counted; blank when all."),
    },
    {
      key: "measure",
      alias: "ukuran",
      presence: "required",
      kind: "enum",
      values: measures,
      label: t("Satuan", "Unit"),
      description: t("Apa yang dihitung: orang (ASN), kasus, atau laporan.", "What is counted: persons (ASN), cases, or reports."),
    },
    {
      key: "stage",
      alias: "tahap",
      presence: "required",
      kind: "enum",
      values: officialStages,
      label: t("Tahap", "Stage"),
      description: t(
        "Tahap yang dihitung angka itu, menurut lembaganya: dilaporkan, terbukti, direkomendasikan, dijatuhi sanksi, ...",
        "The stage the figure counts, in the body's terms: reported, found in breach, recommended, sanctioned, ...",
      ),
    },
    {
      key: "value",
      alias: "nilai",
      presence: "required",
      kind: "count",
      label: t("Nilai", "Value"),
      description: t("Angka resmi.", "The official figure."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Di mana angka itu dinyatakan.", "Where the figure was stated."),
    },
    {
      key: "note",
      names: "free",
      alias: "catatan",
      presence: "optional",
      kind: "text",
      label: t("Catatan", "Note"),
      description: t("Yang perlu diketahui untuk membacanya dengan benar.", "What a reader needs to read it right."),
    },
  ],
};
