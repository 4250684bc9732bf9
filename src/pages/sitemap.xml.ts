// sitemap.xml: every page in both languages, dated by the data's last update.
import type { APIRoute } from "astro";
import { getSite } from "../node/site-data.ts";
import { languages } from "../i18n/index.ts";
import { pageUrl } from "../i18n/routes.ts";

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const paths = [
    "/",
    "/metodologi/",
    "/kantor/",
    "/rilis/",
    "/data/",
    "/panduan/",
    ...[...site.regions.provinces, ...site.regions.regencies].map((r) => `/wilayah/${r.code}/`),
    ...site.dataset.cases.map((c) => site.casePaths.get(c.id)!).sort(),
  ];
  const lastmod = site.lastUpdated === null ? "" : `<lastmod>${site.lastUpdated}</lastmod>`;
  const urls = paths.flatMap((path) => languages.map((lang) => `<url><loc>${pageUrl(siteUrl!, lang, path)}</loc>${lastmod}</url>`));
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml" } });
};
