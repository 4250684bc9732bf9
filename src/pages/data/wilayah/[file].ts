// data/wilayah/<code>.csv and .json: the cases a region's figures count (its office's for a
// regency, all its offices' for a province), for every one of the 552 regions.
import type { APIRoute } from "astro";
import { getSite } from "../../../node/site-data.ts";
import { casesToCsv, casesToJson, regionDownloads } from "../../../site/export.ts";
import { loadRegions } from "../../../node/load-regions.ts";

export async function getStaticPaths() {
  const regions = await loadRegions();
  return regionDownloads([...regions.provinces, ...regions.regencies]).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const [code, format] = params.file!.split(/\.(?=csv$|json$)/) as [string, "csv" | "json"];
  const cases = (await getSite()).regionCases(code);
  return format === "csv"
    ? new Response(casesToCsv(cases), { headers: { "Content-Type": "text/csv; charset=utf-8" } })
    : new Response(casesToJson(cases), { headers: { "Content-Type": "application/json" } });
};
