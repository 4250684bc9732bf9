// sitemap.xml: every page in both languages, dated by the data's last update.
import type { APIRoute } from "astro";
import { getSite } from "../node/site-data.ts";
import { pageUrls } from "../i18n/routes.ts";
import { sitePaths } from "../site/model.ts";

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const lastmod = site.lastUpdated === null ? "" : `<lastmod>${site.lastUpdated}</lastmod>`;
  const urls = pageUrls(siteUrl!, sitePaths(site)).map((url) => `<url><loc>${url}</loc>${lastmod}</url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml" } });
};
