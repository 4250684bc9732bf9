// The search index: every province, regency and case, in the page language.
import type { APIRoute } from "astro";
import { getSite } from "../../node/site-data.ts";
import { normaliseQuery, type SearchEntry } from "../../client/search.ts";
import { regionTerms } from "../../site/search-index.ts";
import { statuses } from "../../ingest/schema/index.ts";
import { t, type Lang } from "../../i18n/index.ts";
import { label, regionName } from "../../i18n/labels.ts";
import { bothLanguages, langOf } from "../../i18n/routes.ts";

export const getStaticPaths = () => bothLanguages.map(({ params }) => ({ params }));

export const GET: APIRoute = async ({ params }) => {
  const lang: Lang = langOf(params.lang);
  const site = await getSite();
  const province = (code: string) => site.regions.byCode(code.slice(0, 2))!;
  const entries: SearchEntry[] = [
    ...site.regions.provinces.map((r) => ({ label: regionName(lang, r), note: t(lang, "region.province"), path: `/wilayah/${r.code}/`, terms: regionTerms(r) })),
    ...site.regions.regencies.map((r) => ({ label: r.name, note: regionName(lang, province(r.code)), path: `/wilayah/${r.code}/`, terms: regionTerms(r) })),
    ...site.dataset.cases.map((c) => ({
      label: c.id,
      note: `${site.regions.byCode(c.office)?.name ?? c.office} · ${label(lang, statuses, c.status)}`,
      path: site.casePaths.get(c.id)!,
      terms: [c.id.toLowerCase(), normaliseQuery(c.case_id), normaliseQuery(site.regions.byCode(c.office)?.name ?? "")],
    })),
  ];
  return new Response(JSON.stringify(entries), { headers: { "Content-Type": "application/json" } });
};
