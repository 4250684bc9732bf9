// data/releases.json: every dated release of the data, newest first, with the cases
// added, changed (and which fields) and removed, per office and its province.
import type { APIRoute } from "astro";
import { getSite } from "../../node/site-data.ts";

export const GET: APIRoute = async () => {
  const site = await getSite();
  const releases = site.releases.map((r) => ({
    date: r.date,
    commit: r.commit,
    version: r.version,
    added: r.added,
    changed: r.changed,
    removed: r.removed,
    offices: r.offices.map((o) => ({ office: o.office, province: site.regions.byCode(o.office)?.provinceCode ?? null, added: o.added, changed: o.changed, removed: o.removed })),
  }));
  return new Response(`${JSON.stringify({ version: site.version, releases }, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
