// The regencies of a map, projected once into SVG path data. A map's shapes do not
// depend on the page's language, so the Indonesian and English pages of a region share
// one drawing: projecting is the costliest part of a region page.

import { geoMercator, geoPath, type GeoStream } from "d3-geo";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { RelativePath } from "./svg-path.ts";

export interface MapView {
  /** The regencies to draw. */
  readonly codes: readonly string[];
  /** Frame the view on these regencies (their neighbours show around them, clipped). */
  readonly zoomTo?: readonly string[] | undefined;
  /** The national map: all of Indonesia, with the borders between provinces. */
  readonly national: boolean;
}

export interface MapDrawing {
  readonly width: number;
  readonly height: number;
  /** The regencies drawn (those the geometry has), in the order asked for, with their path data. */
  readonly regencies: readonly { readonly code: string; readonly d: string }[];
  /** The borders between provinces, on the national map. */
  readonly borders: string | null;
}

/** The boundaries as GeoJSON, for drawing: every regency by code, and the borders between provinces. */
export interface Shapes {
  readonly regencies: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
  readonly provinceBorders: MultiLineString;
}

const width = 800;

/** Skip projected points closer than `min` pixels to the last one kept: invisible detail. */
const thin = (min: number) => (out: GeoStream): GeoStream => {
  let x0 = 0;
  let y0 = 0;
  let first = true;
  return {
    point(x, y) {
      if (first || (x - x0) ** 2 + (y - y0) ** 2 >= min * min) {
        out.point(x, y);
        x0 = x;
        y0 = y;
        first = false;
      }
    },
    lineStart() {
      first = true;
      out.lineStart();
    },
    lineEnd: () => out.lineEnd(),
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
};

/** Project a view's regencies 800 units wide (480 high when framed on a few). */
export function drawMap(shapes: Shapes, view: MapView): MapDrawing {
  const features = view.codes.map((code) => shapes.regencies.get(code)).filter((f): f is Feature<Polygon | MultiPolygon> => f !== undefined);
  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: "FeatureCollection", features };
  const projection = geoMercator();
  let height: number;
  if (view.zoomTo === undefined) {
    projection.fitWidth(width, collection);
    const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
    height = Math.ceil(y1 - y0);
    projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  } else {
    height = 480;
    const framed = features.filter((f) => view.zoomTo!.includes(String(f.id)));
    projection.fitExtent([[width * 0.2, height * 0.2], [width * 0.8, height * 0.8]], { type: "FeatureCollection", features: framed });
  }
  // The national map is drawn 800 units across all of Indonesia: whole units and points
  // 1.5 apart are all a phone or a desktop can show, at half the bytes of finer detail.
  const context = new RelativePath(view.national ? 0 : 1);
  const geo = geoPath({ stream: (out) => projection.stream(thin(view.national ? 1.5 : 0.7)(out)) }, context);
  const path = (object: Parameters<typeof geo>[0]) => {
    geo(object);
    return context.take();
  };
  return {
    width,
    height,
    regencies: features.map((f) => ({ code: String(f.id), d: path(f) })),
    borders: view.national ? path(shapes.provinceBorders) : null,
  };
}

const drawings = new Map<string, MapDrawing>();

/** drawMap, once per view: the second language's page takes the first one's drawing. */
export function drawMapOnce(shapes: Shapes, view: MapView): MapDrawing {
  const key = `${view.national}|${view.codes.join(",")}|${view.zoomTo?.join(",") ?? ""}`;
  let drawing = drawings.get(key);
  if (drawing === undefined) {
    drawing = drawMap(shapes, view);
    drawings.set(key, drawing);
  }
  return drawing;
}
