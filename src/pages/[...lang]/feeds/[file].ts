// Feeds of new and changed cases: /feeds/rss.xml and /feeds/atom.xml for the country,
// /feeds/<province>.rss.xml and .atom.xml for each province, in both languages.
import type { APIRoute } from "astro";
import { getSite } from "../../../node/site-data.ts";
import { atom, feedFiles, feedSummary, rss, type Feed } from "../../../site/feeds.ts";
import { loadRegions } from "../../../node/load-regions.ts";
import { statuses, violationTypes } from "../../../ingest/schema/index.ts";
import { t } from "../../../i18n/index.ts";
import { label, regionName } from "../../../i18n/labels.ts";
import { inBothLanguages, langOf, pageUrl } from "../../../i18n/routes.ts";
import { caseTitle, provenanceNote } from "../../../views/case.ts";

export async function getStaticPaths() {
  return inBothLanguages(feedFiles((await loadRegions()).provinces).map((file) => ({ params: { file } })));
}

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = langOf(params.lang);
  const site = await getSite();
  const [, code, kind] = /^(?:(\d{2})\.)?(rss|atom)\.xml$/.exec(params.file!)!;
  const province = code === undefined ? undefined : site.regions.byCode(code)!;
  const cases = site.regionCases(province?.code ?? "national");
  const absolute = (path: string) => pageUrl(siteUrl!, lang, path);
  const scopeName = province === undefined ? t(lang, "region.national") : regionName(lang, province);
  const feed: Feed = {
    title: `${t(lang, "site.name")}: ${scopeName}`,
    description: t(lang, "feed.description", { scope: scopeName }),
    pageUrl: absolute(province === undefined ? "/" : `/wilayah/${province.code}/`),
    feedUrl: absolute(`/feeds/${params.file}`),
    language: lang,
    entries: cases.map((c) => ({
      url: absolute(site.casePaths.get(c.id)!),
      title: `${caseTitle(site, lang, c)} (${label(lang, statuses, c.status)})`,
      summary: feedSummary([provenanceNote(lang, c).replace(/\.$/, ""), c.id, label(lang, violationTypes, c.violation_type), site.regions.byCode(c.office)?.name, c.description]),
      updated: c.updated,
    })),
  };
  return new Response(kind === "rss" ? rss(feed) : atom(feed), {
    headers: { "Content-Type": kind === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8" },
  });
};
