// data/checker/context.json: the published data the checker page checks a file against
// (src/node/checker-context.ts). Fetched by that page's worker only.
import type { APIRoute } from "astro";
import { config } from "../../../node/config.ts";
import { checkerContext } from "../../../node/checker-context.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await checkerContext(config.dataDir, config.today)), { headers: { "Content-Type": "application/json" } });
