// One province's regencies as a topology of its own (/geo/53.topo.json), so that a
// province or regency page's map island fetches far less than the national geometry.
import { readFile } from "node:fs/promises";
import type { APIRoute } from "astro";
import { geometryCache, provinceGeometry, type Geometry } from "../../lib/geo.ts";
import { loadRegions } from "../../lib/read.ts";

export async function getStaticPaths() {
  return (await loadRegions()).provinces.map((p) => ({ params: { province: p.code } }));
}

let geometry: Promise<Geometry> | undefined;

export const GET: APIRoute = async ({ params }) => {
  geometry ??= readFile(geometryCache, "utf8").then((text) => JSON.parse(text) as Geometry);
  return new Response(JSON.stringify(provinceGeometry(await geometry, params.province!)), {
    headers: { "Content-Type": "application/json" },
  });
};
