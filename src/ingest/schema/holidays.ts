// data/holidays.csv: the national holidays working days skip.

import { checkedAgainstField, checkedField } from "./checked.ts";
import { t, type Table } from "./types.ts";

/** data/holidays.csv: national holidays, which working days skip. */
export const holidayTable: Table = {
  name: "holidays",
  fields: [
    {
      key: "date",
      alias: "tanggal",
      presence: "required",
      kind: "date",
      label: t("Tanggal", "Date"),
      description: t("Tanggal hari libur.", "The day of the holiday."),
    },
    {
      key: "name_id",
      alias: "nama_id",
      presence: "required",
      kind: "text",
      label: t("Nama (Indonesia)", "Name (Indonesian)"),
      description: t("Nama hari libur dalam Bahasa Indonesia.", "The holiday's name in Bahasa Indonesia."),
    },
    {
      key: "name_en",
      alias: "nama_en",
      presence: "required",
      kind: "text",
      label: t("Nama (Inggris)", "Name (English)"),
      description: t("Nama hari libur dalam Bahasa Inggris.", "The holiday's name in English."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Keputusan yang menetapkannya.", "The decree that sets it."),
    },
    checkedField(t("Ya bila tanggal sudah dicocokkan dengan sumber yang dapat dibaca.", "Yes when the date has been checked against a readable source.")),
    checkedAgainstField,
  ],
};
