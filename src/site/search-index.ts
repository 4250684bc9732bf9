// The search index the build writes (search.json): every region by its name, short forms,
// code and aliases, and every case. The matcher that reads it runs in the browser
// (src/client/search.ts).

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
