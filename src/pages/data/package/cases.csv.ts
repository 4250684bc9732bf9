// data/package/cases.csv: the Data Package's copy of data/cases.csv, the same rows without
// the byte-order mark, so Frictionless tools read the first header as "id".
import type { APIRoute } from "astro";
import { getDataset } from "../../../node/site-data.ts";
import { casesToCsv } from "../../../site/export.ts";

export const GET: APIRoute = async () =>
  new Response(casesToCsv((await getDataset()).cases, { bom: false }), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
