// The map island: Leaflet drawing in SVG, with no tile layer, the same regencies as the
// build-time SVG beside it, with the same shading and patterns (the hatching of "never
// heard from", the dots of compiled cases: the page's own pattern definitions), labels
// and links, read from the SVG itself, so there is one source of figures. Loaded only
// when a reader asks.

import L from "leaflet";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Geometry } from "../map/geo.ts";

const topologies = new Map<string, Promise<Topology>>();

/** The regencies of every geometry file a map names, fetched once each. */
async function regencyFeatures(files: readonly string[]): Promise<Feature<Polygon | MultiPolygon>[]> {
  const loaded = await Promise.all(
    files.map((file) => {
      let topo = topologies.get(file);
      if (topo === undefined) topologies.set(file, (topo = fetch(file).then((r) => r.json() as Promise<Topology>)));
      return topo;
    }),
  );
  return loaded.flatMap((topo) => (feature(topo, topo.objects.regencies as GeometryCollection).features as Feature<Polygon | MultiPolygon>[]));
}

/** Where the island's map and its layers can be reached (browser tests use it). */
export interface MapHolder extends HTMLDivElement {
  leafletMap?: L.Map;
  leafletLayers?: Map<string, L.Path>;
}

let leafletCss: Promise<void> | undefined;

/**
 * Leaflet's stylesheet, linked only when a map opens: imported here, it would be inlined
 * into every page with a map and weigh on each first visit.
 */
function loadLeafletCss(): Promise<void> {
  leafletCss ??= new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/vendor/leaflet.css" });
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => reject(new Error("leaflet.css did not load")));
    document.head.append(link);
  });
  return leafletCss;
}

export async function openMap(figure: HTMLElement): Promise<MapHolder> {
  await loadLeafletCss();
  const svg = figure.querySelector<SVGSVGElement>("svg[data-map]")!;
  const regions = new Map(
    [...svg.querySelectorAll<SVGAElement>("a[data-code]")].map((a) => {
      const path = a.querySelector("path")!;
      return [a.dataset.code!, { href: a.getAttribute("href")!, label: a.getAttribute("aria-label")!, fill: path.getAttribute("fill")!, kind: path.getAttribute("class") }] as const;
    }),
  );
  const files = figure.dataset.geometry!.split(" ");
  const features = (await regencyFeatures(files)).filter((f) => regions.has(String(f.id)));

  const holder = document.createElement("div") as MapHolder;
  holder.className = "map-island";
  svg.after(holder);
  svg.style.display = "none";

  // On a touch screen one finger scrolls the page, never the map (which would trap it); two
  // fingers move and zoom the map; a tap shows a region's figures with a link, not its page at once.
  const touch = matchMedia("(pointer: coarse)").matches;
  const map = L.map(holder, { renderer: L.svg(), zoomSnap: 0.25, attributionControl: true, dragging: !touch, touchZoom: true });
  if (touch) {
    const hint = document.createElement("p");
    hint.className = "note map-touch-hint";
    hint.textContent = figure.dataset.touchHint ?? "";
    holder.after(hint);
  }
  map.attributionControl.setPrefix(false).addAttribution(figure.querySelector(".map-credit")?.textContent ?? "");
  // A tile layer only when the site was built to use one (README, "Maps"): none by default.
  const tiles = import.meta.env.PUBLIC_MAP_TILES;
  if (tiles) L.tileLayer(tiles, { attribution: import.meta.env.PUBLIC_MAP_TILES_ATTRIBUTION ?? "" }).addTo(map);
  const layers = new Map<string, L.Path>();
  const style = (code: string): L.PathOptions => {
    const region = regions.get(code)!;
    const outlined = region.kind === "focus" || region.kind === "mark";
    return { fillColor: region.fill, fillOpacity: tiles ? 0.7 : 1, color: outlined ? "#1c1c1c" : "#9a9a9a", weight: outlined ? 2 : 0.5, dashArray: region.kind === "mark" ? "4 3" : undefined };
  };
  const regencies = L.geoJSON({ type: "FeatureCollection", features } as GeoJSON.FeatureCollection, {
    style: (f) => style(String(f?.id)),
    onEachFeature: (f, layer) => {
      const code = String(f.id);
      const region = regions.get(code)!;
      const path = layer as L.Path;
      layers.set(code, path);
      path.bindTooltip(region.label, { sticky: true });
      path.on("click", (event: L.LeafletMouseEvent) => {
        if (!touch) return window.location.assign(region.href);
        const content = document.createElement("div");
        const name = document.createElement("p");
        name.textContent = region.label;
        const link = document.createElement("a");
        link.href = region.href;
        link.textContent = figure.dataset.open ?? region.href;
        content.append(name, link);
        // Narrow enough to stay whole on a phone's map.
        L.popup({ maxWidth: Math.max(160, holder.clientWidth - 80), autoPanPadding: [16, 16] }).setLatLng(event.latlng).setContent(content).openOn(map);
      });
      path.on("mouseover", () => path.setStyle({ color: "#1a5fb4", weight: 2 }));
      path.on("mouseout", () => path.setStyle(style(code)));
    },
  }).addTo(map);
  // Outlines over their neighbours (drawn in code order, a later neighbour covers part of one): marks, then the focus.
  for (const kind of ["mark", "focus"]) for (const [code, layer] of layers) if (regions.get(code)!.kind === kind) layer.bringToFront();
  if (figure.dataset.borders === "true") {
    const national = (await topologies.get(files[0]!)!) as Geometry;
    L.geoJSON(mesh(national, national.objects.provinces, (a, b) => a !== b), { style: { color: "#444", weight: 1, fill: false }, interactive: false }).addTo(map);
  }
  const zoom = figure.dataset.zoom?.split(" ").map((code) => layers.get(code)).filter((l) => l !== undefined);
  map.fitBounds(zoom && zoom.length > 0 ? L.featureGroup(zoom).getBounds().pad(0.5) : regencies.getBounds());

  holder.leafletMap = map;
  holder.leafletLayers = layers;
  return holder;
}
