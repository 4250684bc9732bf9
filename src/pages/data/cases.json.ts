// data/cases.json: every case exactly as the Dataset holds it (see README, "The data"),
// sorted by id, so two builds of the same data are byte-identical.
import type { APIRoute } from "astro";
import { getDataset } from "../../node/site-data.ts";
import { casesToJson } from "../../site/export.ts";

export const GET: APIRoute = async () =>
  new Response(casesToJson((await getDataset()).cases), { headers: { "Content-Type": "application/json" } });
