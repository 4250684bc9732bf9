// data/elections.csv: each election, its names, voting day and campaign.

import { electionKinds } from "./enums.ts";
import { t, type Table } from "./types.ts";

export const electionTable: Table = {
  name: "elections",
  fields: [
    {
      key: "id",
      alias: "id",
      presence: "required",
      kind: "id",
      label: t("ID", "ID"),
      description: t("Id pendek, misalnya pemilu-2024.", "A short id, such as pemilu-2024."),
    },
    {
      key: "name_id",
      alias: "nama_id",
      presence: "required",
      kind: "text",
      label: t("Nama (Indonesia)", "Name (Indonesian)"),
      description: t("Nama dalam Bahasa Indonesia.", "The name in Bahasa Indonesia."),
    },
    {
      key: "name_en",
      alias: "nama_en",
      presence: "required",
      kind: "text",
      label: t("Nama (Inggris)", "Name (English)"),
      description: t("Nama dalam Bahasa Inggris.", "The name in English."),
    },
    {
      key: "kind",
      alias: "jenis",
      presence: "required",
      kind: "enum",
      values: electionKinds,
      label: t("Jenis", "Kind"),
      description: t("Pemilu atau pilkada.", "General or regional election."),
    },
    {
      key: "voting_day",
      alias: "hari_pemungutan",
      presence: "required",
      kind: "date",
      label: t("Hari pemungutan suara", "Voting day"),
      description: t("Hari pemungutan suara.", "Voting day."),
    },
    {
      key: "campaign_start",
      alias: "awal_kampanye",
      presence: "required",
      kind: "date",
      label: t("Awal kampanye", "Campaign start"),
      description: t("Hari pertama masa kampanye.", "First day of the campaign period."),
    },
    {
      key: "campaign_end",
      alias: "akhir_kampanye",
      presence: "required",
      kind: "date",
      label: t("Akhir kampanye", "Campaign end"),
      description: t("Hari terakhir masa kampanye.", "Last day of the campaign period."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Dasar hukum atau berita untuk tanggal-tanggal ini.", "The legal basis or reports for these dates."),
    },
  ],
};
