// The search indexes the build writes: search.json, every region by its name, short forms,
// code and aliases; search-cases.json, every case by its id, name and description. The
// matcher that reads them runs in the browser (src/client/search.ts).

import { regionAliases } from "../ingest/region-aliases.ts";
import type { Region } from "../ingest/regions.ts";
import { normaliseQuery } from "../client/search.ts";

/** The search terms of a region: its name, its short forms, its code (with and without the dot) and its aliases. */
export function regionTerms(region: Region): string[] {
  const name = normaliseQuery(region.name);
  const terms = new Set([name, region.code, region.code.replace(".", "")]);
  const bare = name.replace(/^(kabupaten|kota)( administrasi)? /, "");
  terms.add(bare);
  if (name.startsWith("kota ")) terms.add(`${bare} kota`);
  if (region.kind === "province") terms.add(`provinsi ${name}`);
  for (const [alias, code] of regionAliases) if (code === region.code) terms.add(normaliseQuery(alias));
  return [...terms];
}

/**
 * A case's search terms: its id and case_id, and one term of every distinct word of its
 * name, office and description (a query's words may come from any of them: "whatsapp
 * kepala bidang", "kampanye kupang").
 */
export function caseTerms(c: { readonly id: string; readonly case_id: string }, texts: readonly (string | null)[]): string[] {
  const words = new Set(normaliseQuery(texts.filter((text) => text !== null).join(" ")).split(" ").filter(Boolean));
  return [c.id.toLowerCase(), normaliseQuery(c.case_id), [...words].join(" ")];
}
