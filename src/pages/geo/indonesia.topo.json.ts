// The simplified boundaries (see README, "Maps"), for the map island to fetch on demand.
import { readFile } from "node:fs/promises";
import type { APIRoute } from "astro";
import { geometryCache } from "../../lib/geo.ts";

export const GET: APIRoute = async () =>
  new Response(await readFile(geometryCache, "utf8"), { headers: { "Content-Type": "application/json" } });
