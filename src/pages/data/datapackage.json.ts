// data/datapackage.json: a Frictionless Data Package describing its own copy of the cases
// CSV (data/package/cases.csv, without the byte-order mark Excel wants in cases.csv).
import type { APIRoute } from "astro";
import { getSite } from "../../node/site-data.ts";
import { dataPackage } from "../../site/export.ts";

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const body = dataPackage({
    siteUrl: siteUrl!.href,
    version: site.version,
    updated: site.lastUpdated,
    resources: [{ name: "cases", path: "package/cases.csv", title: "Every case / Semua kasus" }],
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
