// Leaflet's stylesheet, served as a file the map island links when a reader opens the
// zoomable map (see src/client/map-island.ts), instead of inlined into every page.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { APIRoute } from "astro";

export const GET: APIRoute = async () => {
  // Resolved from the project (the build runs there), not from the bundled page's own folder.
  const path = createRequire(join(process.cwd(), "package.json")).resolve("leaflet/dist/leaflet.css");
  return new Response(await readFile(path, "utf8"), { headers: { "Content-Type": "text/css" } });
};
