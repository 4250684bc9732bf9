// Labels of enum values in a language, straight from the schema: never retyped in a page.

import { formatNumber, t, type Key, type Lang } from "./index.ts";
import type { Figures, RegionLink } from "../site/figures.ts";
import { caseTable, statuses, type EnumValue } from "../ingest/schema/index.ts";
import type { Region } from "../ingest/regions.ts";

export function label(lang: Lang, values: readonly EnumValue[], key: string | null): string {
  return values.find((v) => v.key === key)?.label[lang] ?? key ?? "";
}

/** A case field's label ("reported_date" -> "Tanggal laporan/temuan"), or the key itself when no field has it. */
export function fieldLabel(lang: Lang, key: string): string {
  return caseTable.fields.find((f) => f.key === key)?.label[lang] ?? key;
}

/** The first letter in upper case, for an enum label that starts a line ("jumlah kasus" -> "Jumlah kasus"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Kota Kupang", or for a province "Provinsi Nusa Tenggara Timur" / "Nusa Tenggara Timur province". */
export function regionName(lang: Lang, region: Region): string {
  if (region.kind === "regency") return region.name;
  return t(lang, "region.provinceName", { name: region.name });
}

const linkKeys: Record<RegionLink, Key> = { incident: "region.link.incident", employer: "region.link.employer", office: "region.link.office" };

/** Each linked regency's link in words, for the map's marks. */
export function linkLabels(lang: Lang, links: ReadonlyMap<string, RegionLink>): Map<string, string> {
  return new Map([...links].map(([code, link]) => [code, t(lang, linkKeys[link])]));
}

/** The headline figures, in the order every page shows them: label key and value. */
export const headlineFigures: readonly (readonly [Key, (f: Figures) => number])[] = [
  ["figures.cases", (f) => f.cases],
  ["figures.asn", (f) => f.asn],
  ["figures.referred", (f) => f.referred],
  ["figures.sanctioned", (f) => f.sanctioned],
  ["figures.dismissed", (f) => f.dismissed],
  ["figures.inReview", (f) => f.inReview],
];

/** The province table's figures: the headline's, less the ASN count, which the headline explains. */
export const provinceTableFigures = headlineFigures.filter(([key]) => key !== "figures.asn");

/** Each enum value's label and its count (0 where none), in the schema's order: a chart's bars. */
export function countItems(lang: Lang, values: readonly EnumValue[], counts: ReadonlyMap<string | null, number>): { label: string; value: number }[] {
  return values.map((v) => ({ label: v.label[lang], value: counts.get(v.key) ?? 0 }));
}

/** "2 diterbitkan kantor Bawaslu, 1 dihimpun redaksi dari pemberitaan": who recorded a set of cases. */
export function provenanceSplit(lang: Lang, f: Pick<Figures, "office" | "compiled">): string {
  return t(lang, "provenance.split", { office: f.office, compiled: f.compiled });
}

/** A region's count as a table shows it: the number, or "–" where nothing is known of the region (never 0). */
export function countText(lang: Lang, known: boolean, n: number): string {
  return known ? formatNumber(lang, n) : t(lang, "case.blank");
}

/**
 * A status as the status chart and filter name it: the case's stage now. "Referred" alone is
 * "still at referral", apart from the headline's "referred or further" (referred,
 * recommended and sanctioned together).
 */
export function statusStageLabel(lang: Lang, key: string): string {
  return key === "referred" ? t(lang, "chart.status.referred") : label(lang, statuses, key);
}

/** The status chart's bars: each status by its stage label, with its count. */
export function statusItems(lang: Lang, counts: ReadonlyMap<string | null, number>): { label: string; value: number }[] {
  return statuses.map((s) => ({ label: statusStageLabel(lang, s.key), value: counts.get(s.key) ?? 0 }));
}
