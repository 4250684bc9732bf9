// The simplified boundaries (see README, "Maps"), for the map island to fetch on demand.
import type { APIRoute } from "astro";
import { getTopology } from "../../node/site-data.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getTopology()), { headers: { "Content-Type": "application/json" } });
