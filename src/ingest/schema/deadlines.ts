// data/deadlines.csv: the handling deadlines the election laws set.

import { checkedAgainstField, checkedField } from "./checked.ts";
import { clockSteps, dayTypes, deadlineLimits, deadlineOrigins, electionKinds } from "./enums.ts";
import { t, type Table } from "./types.ts";

/** data/deadlines.csv: the handling deadlines the election laws set, one limit per row. */
export const deadlineTable: Table = {
  name: "deadlines",
  fields: [
    {
      key: "election_kind",
      alias: "jenis_pemilihan",
      presence: "required",
      kind: "enum",
      values: electionKinds,
      label: t("Jenis pemilihan", "Election kind"),
      description: t("Pemilu atau pilkada.", "General or regional election."),
    },
    {
      key: "origin",
      alias: "asal_perkara",
      presence: "required",
      kind: "enum",
      values: deadlineOrigins,
      label: t("Berlaku untuk", "Applies to"),
      description: t("Laporan, temuan, atau semua.", "Reports, findings, or any."),
    },
    {
      key: "from_step",
      alias: "dari",
      presence: "required",
      kind: "enum",
      values: clockSteps,
      label: t("Dari", "From"),
      description: t("Tahap awal hitungan.", "The step the count starts from."),
    },
    {
      key: "to_step",
      alias: "sampai",
      presence: "required",
      kind: "enum",
      values: clockSteps,
      label: t("Sampai", "To"),
      description: t("Tahap yang harus dicapai.", "The step that must be reached."),
    },
    {
      key: "days",
      alias: "hari",
      presence: "required",
      kind: "count",
      label: t("Hari", "Days"),
      description: t("Batas waktu dalam hari.", "The limit in days."),
    },
    {
      key: "day_type",
      alias: "jenis_hari",
      presence: "required",
      kind: "enum",
      values: dayTypes,
      label: t("Jenis hari", "Day type"),
      description: t("Hari kalender, atau hari kerja (tanpa Sabtu, Minggu, dan hari libur nasional).", "Calendar days, or working days (no Saturdays, Sundays or national holidays)."),
    },
    {
      key: "limit",
      alias: "batas",
      presence: "required",
      kind: "enum",
      values: deadlineLimits,
      label: t("Batas", "Limit"),
      description: t("Batas dasar, atau batas bila diperpanjang (misalnya untuk keterangan tambahan).", "The basic limit, or the limit when extended (for example for further information)."),
    },
    {
      key: "legal_basis",
      alias: "dasar_hukum",
      presence: "required",
      kind: "text",
      label: t("Dasar hukum", "Legal basis"),
      description: t("Undang-undang, pasal, dan ayat.", "The law, article and paragraph."),
    },
    checkedField(t("Ya bila bunyi pasal sudah dicocokkan dengan naskah undang-undang.", "Yes when the row has been checked against the text of the law.")),
    checkedAgainstField,
    {
      key: "note",
      alias: "catatan",
      presence: "optional",
      kind: "text",
      label: t("Catatan", "Note"),
      description: t("Keterangan tentang bunyi pasal atau pemeriksaannya.", "A note on the article's wording or its checking."),
    },
  ],
};
