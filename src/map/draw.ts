// The regencies of a map as SVG path data. Every boundary goes through d3's Mercator once
// per build, at scale 1; a view (the nation, a province, a regency among its neighbours)
// then only scales and moves those points, where projecting each regency again for each
// of the 553 views that draw it was the costliest part of the region pages. A map's
// shapes do not depend on the page's language: both languages' pages share one drawing.

import { geoMercator, geoStream } from "d3-geo";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
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

/**
 * A shape in Mercator's own units (scale 1, y pointing down), projected once for every
 * view that draws it: a view only scales and moves these points. Each line holds x, y
 * pairs; a ring's closing point is left out, as d3 leaves it out.
 */
interface Planar {
  readonly lines: readonly Float64Array[];
  readonly closed: boolean;
  /** [x0, y0, x1, y1]. */
  readonly bounds: readonly [number, number, number, number];
}

// Without adaptive resampling: the boundaries' points are a few kilometres apart at most,
// where a great circle and Mercator's straight line differ by far less than a pixel.
const unit = geoMercator().scale(1).translate([0, 0]).precision(0);
const planarOf = new WeakMap<object, Planar>();

/** A feature's or a mesh's points through d3's Mercator at scale 1, once per build. */
function planar(object: Feature<Polygon | MultiPolygon> | MultiLineString): Planar {
  let found = planarOf.get(object);
  if (found !== undefined) return found;
  const lines: Float64Array[] = [];
  let points: number[] = [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const stream = unit.stream({
    point(x, y) {
      points.push(x, y);
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    },
    lineStart() {
      points = [];
    },
    lineEnd() {
      if (points.length > 0) lines.push(Float64Array.from(points));
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  });
  geoStream(object, stream);
  found = { lines, closed: object.type !== "MultiLineString", bounds: [x0, y0, x1, y1] };
  planarOf.set(object, found);
  return found;
}

function boundsOf(shapes: readonly Planar[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bounds } of shapes) {
    b[0] = Math.min(b[0], bounds[0]);
    b[1] = Math.min(b[1], bounds[1]);
    b[2] = Math.max(b[2], bounds[2]);
    b[3] = Math.max(b[3], bounds[3]);
  }
  return b;
}

/**
 * Path data of a shape scaled by `k` and moved by (tx, ty), skipping points closer than
 * `min` units to the last one kept: detail no screen shows.
 */
function pathOf(shape: Planar, k: number, tx: number, ty: number, min: number, context: RelativePath): string {
  const min2 = min * min;
  for (const line of shape.lines) {
    let lastX = k * line[0]! + tx;
    let lastY = k * line[1]! + ty;
    context.moveTo(lastX, lastY);
    for (let i = 2; i < line.length; i += 2) {
      const x = k * line[i]! + tx;
      const y = k * line[i + 1]! + ty;
      if ((x - lastX) ** 2 + (y - lastY) ** 2 >= min2) {
        context.lineTo(x, y);
        lastX = x;
        lastY = y;
      }
    }
    if (shape.closed) context.closePath();
  }
  return context.take();
}

/** Project a view's regencies 800 units wide (480 high when framed on a few). */
export function drawMap(shapes: Shapes, view: MapView): MapDrawing {
  const features = view.codes.flatMap((code) => {
    const feature = shapes.regencies.get(code);
    return feature === undefined ? [] : [{ code, shape: planar(feature) }];
  });
  let k: number;
  let tx: number;
  let ty: number;
  let height: number;
  const all = boundsOf(features.map((f) => f.shape));
  if (view.zoomTo !== undefined) {
    // The framed regencies fill the middle 60% of an 800 x 480 view, centred. A regency
    // with no extent (a point; simplification keeps each one's shape, so only hand-made
    // geometry has one) cannot frame a view: the view frames everything it draws.
    const zoomed = boundsOf(features.filter((f) => view.zoomTo!.includes(f.code)).map((f) => f.shape));
    const [x0, y0, x1, y1] = zoomed[2] > zoomed[0] || zoomed[3] > zoomed[1] ? zoomed : all;
    height = 480;
    const [w, h] = [width * 0.6, height * 0.6];
    k = Math.min(w / (x1 - x0), h / (y1 - y0));
    tx = width * 0.2 + (w - k * (x1 + x0)) / 2;
    ty = height * 0.2 + (h - k * (y1 + y0)) / 2;
  } else {
    // The whole view, 800 wide and as high as it needs.
    const [x0, y0, x1, y1] = all;
    k = width / (x1 - x0);
    tx = -k * x0;
    ty = -k * y0;
    height = Math.ceil(k * (y1 - y0));
  }
  // Every map is 800 units wide and shown at most about 1,060 pixels wide: whole units are
  // all a phone or a desktop can show, at 57% of the bytes of tenths (a regency page's map
  // paths, 2.0 KB gzipped instead of 3.5). The national map leaves out points closer than
  // 1.5 units, where regencies are a few units across; a province's or regency's, 1 unit.
  const context = new RelativePath();
  const min = view.national ? 1.5 : 1;
  return {
    width,
    height,
    regencies: features.map((f) => ({ code: f.code, d: pathOf(f.shape, k, tx, ty, min, context) })),
    borders: view.national ? pathOf(planar(shapes.provinceBorders), k, tx, ty, min, context) : null,
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

/** The marked regencies and the focus, to be outlined over the rest: the focus last, so nothing covers it. */
export function outlinedRegencies(drawing: MapDrawing, marks: ReadonlyMap<string, string>, focus: string | undefined): MapDrawing["regencies"][number][] {
  const outlined = drawing.regencies.filter(({ code }) => marks.has(code) || code === focus);
  return outlined.sort((a, b) => Number(a.code === focus) - Number(b.code === focus));
}
