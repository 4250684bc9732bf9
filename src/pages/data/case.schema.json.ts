// data/case.schema.json: the JSON Schema of a published case, generated from src/ingest/schema/.
import type { APIRoute } from "astro";
import { caseJsonSchema } from "../../site/export.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(caseJsonSchema(site!.href), null, 2)}\n`, { headers: { "Content-Type": "application/schema+json" } });
