// One province's regencies as a topology of its own (/geo/53.topo.json), so that a
// province or regency page's map island fetches far less than the national geometry.
import type { APIRoute } from "astro";
import { getTopology } from "../../node/site-data.ts";
import { provinceGeometry } from "../../map/geo.ts";
import { loadRegions } from "../../node/load-regions.ts";

export async function getStaticPaths() {
  return (await loadRegions()).provinces.map((p) => ({ params: { province: p.code } }));
}

export const GET: APIRoute = async ({ params }) => {
  return new Response(JSON.stringify(provinceGeometry(await getTopology(), params.province!)), {
    headers: { "Content-Type": "application/json" },
  });
};
