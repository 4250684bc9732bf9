// The shape of the schema: a table is a list of fields, a field has a kind, a presence,
// labels in both languages and, for an enum, its values with the words accepted for them.

import type { NameRule } from "../names.ts";

export interface Text {
  readonly id: string;
  readonly en: string;
}

export interface EnumValue {
  readonly key: string;
  readonly label: Text;
  /** Further words accepted for this value (Indonesian words, common spellings). */
  readonly words: readonly string[];
  /** Where the law defines it, for the data dictionary (values added because real reports needed them). */
  readonly basis?: string;
}

export type FieldKind =
  | "text" // free text, anonymised
  | "id" // an identifier: letters, digits, dot, dash, underscore, slash
  | "date"
  | "enum"
  | "count" // non-negative integer
  | "region" // a regency (kabupaten/kota)
  | "office" // a regency or a province
  | "employer_region" // a regency or a province
  | "election"
  | "scope" // "national", or a regency or a province
  | "sources";

/**
 * required: the column must be present and every cell filled.
 * recommended: the column must be present; a blank cell is a warning (the source may not say).
 * optional: the column may be left out; blank cells are fine.
 */
export type Presence = "required" | "recommended" | "optional";

export interface Field {
  readonly key: string;
  /** The Indonesian header. */
  readonly alias: string;
  /** More accepted headers, beyond the key and the alias. */
  readonly aliases?: readonly string[];
  readonly presence: Presence;
  readonly kind: FieldKind;
  readonly values?: readonly EnumValue[];
  /** Text the name guard reads: "free" text, or a "role" field where only a post or an institution belongs. */
  readonly names?: NameRule;
  readonly label: Text;
  readonly description: Text;
  readonly example?: string;
}

export interface Table {
  readonly name: "cases" | "events" | "elections" | "deadlines" | "holidays" | "official_figures";
  readonly fields: readonly Field[];
}

/** A text in both languages. */
export const t = (id: string, en: string): Text => ({ id, en });

/** An enum value: its key, its labels, and further words accepted for it. */
export const v = (key: string, id: string, en: string, words: readonly string[] = [], basis?: string): EnumValue => ({
  key,
  label: { id, en },
  words: [id, ...words],
  ...(basis === undefined ? {} : { basis }),
});

/** Lower case, no spaces, underscores, dashes or dots: "ID Kasus" = "id_kasus" = "idkasus". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.\u00a0\u200b\ufeff]+/g, "");
}

/** Lower case, single spaces, underscores as spaces: for matching enum words. */
export function normaliseWords(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s_]+/g, " ").trim();
}
