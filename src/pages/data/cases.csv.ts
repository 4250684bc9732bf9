// data/cases.csv: the same records as cases.json, one row each (sources joined by " | ").
import type { APIRoute } from "astro";
import { getDataset } from "../../node/site-data.ts";
import { casesToCsv } from "../../site/export.ts";

export const GET: APIRoute = async () =>
  new Response(casesToCsv((await getDataset()).cases), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
