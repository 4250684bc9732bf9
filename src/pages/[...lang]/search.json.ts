// The regions' search index: every province and regency, in the page language (the cases'
// is search-cases.json).
import type { APIRoute } from "astro";
import { getSite } from "../../node/site-data.ts";
import type { SearchEntry } from "../../client/search.ts";
import { regionTerms } from "../../site/search-index.ts";
import { t, type Lang } from "../../i18n/index.ts";
import { regionName } from "../../i18n/labels.ts";
import { bothLanguages, langOf } from "../../i18n/routes.ts";

export const getStaticPaths = () => bothLanguages.map(({ params }) => ({ params }));

export const GET: APIRoute = async ({ params }) => {
  const lang: Lang = langOf(params.lang);
  const site = await getSite();
  const province = (code: string) => site.regions.byCode(code.slice(0, 2))!;
  const entries: SearchEntry[] = [
    ...site.regions.provinces.map((r) => ({ label: regionName(lang, r), note: t(lang, "region.province"), path: `/wilayah/${r.code}/`, terms: regionTerms(r) })),
    ...site.regions.regencies.map((r) => ({ label: r.name, note: regionName(lang, province(r.code)), path: `/wilayah/${r.code}/`, terms: regionTerms(r) })),
  ];
  return new Response(JSON.stringify(entries), { headers: { "Content-Type": "application/json" } });
};
