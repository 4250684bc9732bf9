// data/cases.json: every case exactly as the Dataset holds it (see README, "The data").
import type { APIRoute } from "astro";
import { getDataset } from "../../data.ts";

export const GET: APIRoute = async () => {
  const { cases } = await getDataset();
  return new Response(`${JSON.stringify(cases, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
