// The cases' search index, in the page language: each case by its name, id, office and
// description. Fetched by the search box on the first query only (src/client/search-box.ts).
import type { APIRoute } from "astro";
import { getSite } from "../../node/site-data.ts";
import type { SearchEntry } from "../../client/search.ts";
import { caseTerms } from "../../site/search-index.ts";
import { statuses } from "../../ingest/schema/index.ts";
import { t, type Lang } from "../../i18n/index.ts";
import { label } from "../../i18n/labels.ts";
import { bothLanguages, langOf } from "../../i18n/routes.ts";
import { caseTitle } from "../../views/case.ts";

export const getStaticPaths = () => bothLanguages.map(({ params }) => ({ params }));

export const GET: APIRoute = async ({ params }) => {
  const lang: Lang = langOf(params.lang);
  const site = await getSite();
  const entries: SearchEntry[] = site.dataset.cases.map((c) => {
    const title = caseTitle(site, lang, c);
    const office = site.regions.byCode(c.office)?.name ?? c.office;
    const compiled = c.recorded_by === "compiled" ? ` · ${t(lang, "provenance.short.compiled")}` : "";
    return {
      label: title,
      note: `${c.id} · ${office} · ${label(lang, statuses, c.status)}${compiled}`,
      path: site.casePaths.get(c.id)!,
      terms: caseTerms(c, [title, office, c.description, c.asn_position, c.outcome_detail]),
    };
  });
  return new Response(JSON.stringify(entries), { headers: { "Content-Type": "application/json" } });
};
