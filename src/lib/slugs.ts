// Case page paths: a URL-safe slug of each case id, unique within its office. Collisions
// are settled in id order, so the browser, given any office's cases, computes the same
// paths as the build.

import type { CaseRecord } from "./dataset.ts";

/** "/kasus/53.71/kpg-07-b/" for case "KPG 07/B" of office 53.71, by case id. */
export function casePaths(cases: readonly CaseRecord[]): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  for (const c of [...cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const slug = c.case_id.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-|-$/g, "") || "kasus";
    const base = `/kasus/${c.office}/${slug}`;
    let path = `${base}/`;
    for (let n = 2; taken.has(path); n++) path = `${base}-${n}/`;
    taken.add(path);
    paths.set(c.id, path);
  }
  return paths;
}
