// data/cases.json: every case exactly as the Dataset holds it (see README, "The data"),
// sorted by id, so two builds of the same data are byte-identical.
import type { APIRoute } from "astro";
import { getDataset } from "../../data.ts";

export const GET: APIRoute = async () => {
  const cases = [...(await getDataset()).cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Response(`${JSON.stringify(cases, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
