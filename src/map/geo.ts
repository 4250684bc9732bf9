// Boundaries: the upstream SQL rows (cahyadsn/wilayah_boundaries) -> GeoJSON features
// keyed by Kemendagri code -> one simplified TopoJSON topology, with provinces merged
// from their regencies so that their outlines line up. Pure: scripts/cli/geo.ts does the I/O.

import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { geoArea } from "d3-geo";
import { feature, mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Topology } from "topojson-specification";
import { compareText } from "../ingest/compare.ts";

/** Where `npm run geo` writes the simplified geometry, relative to the project root (git-ignored). */
export const geometryCache = ".cache/geo/indonesia.topo.json";

export interface BoundaryRow {
  readonly code: string;
  readonly name: string;
  /** The upstream JSON path: a Polygon or MultiPolygon whose positions are [lat, lng]. */
  readonly path: string;
}

// ('53.71','Kota Kupang',-10.2045,123.6045,'[[[-10.22,123.63],...]]')
const rowPattern = /\('(\d{2}(?:\.\d{2})?)','((?:[^'\\]|\\.|'')*)',(-?[\d.]+),(-?[\d.]+),'(\[[^']*\])'\)/g;

/** Every (kode, nama, path) row of an upstream SQL file. */
export function parseBoundarySql(text: string): BoundaryRow[] {
  return [...text.matchAll(rowPattern)].map((m) => ({ code: m[1]!, name: m[2]!.replace(/''|\\'/g, "'"), path: m[5]! }));
}

/** A count of what toFeature() mended, kept across features. */
export interface Cleaning {
  /** Rings closed because their last point was not their first. */
  closed: number;
  /** Rings dropped for having fewer than 4 points once closed. */
  dropped: number;
  /** Rings written as a polygon's hole that lie outside its outer ring, made polygons of their own. */
  promoted: number;
}

/**
 * A row as a GeoJSON feature: positions swapped to [lng, lat], open rings closed, rings
 * too short to enclose anything dropped, and "holes" that lie outside their polygon's outer
 * ring made polygons of their own, wound like it (upstream writes most of Kabupaten Sorong,
 * 96.01, as 97 holes of a 7-point islet). Returns null when nothing is left.
 */
export function toFeature(row: BoundaryRow, cleaning: Cleaning): Feature<Polygon | MultiPolygon> | null {
  const raw = JSON.parse(row.path) as unknown;
  const polygons = (isMulti(raw) ? raw : [raw]) as number[][][][];
  const cleaned: Position[][][] = [];
  for (const polygon of polygons) {
    const rings: Position[][] = [];
    const outside: Position[][] = [];
    polygon.forEach((ring, i) => {
      const swapped = ring.map(([lat, lng]) => [lng!, lat!] as Position);
      const first = swapped[0];
      const last = swapped[swapped.length - 1];
      if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
        swapped.push([first[0]!, first[1]!]);
        cleaning.closed++;
      }
      if (swapped.length < 4) {
        cleaning.dropped++;
        if (i === 0) rings.length = 0; // without its outer ring a polygon has no holes either
        return;
      }
      if (i === 0) rings.push(swapped);
      else if (rings.length === 0) return;
      else if (swapped.some((p) => contains(rings[0]!, p))) rings.push(swapped);
      else {
        outside.push(signedArea(swapped) * signedArea(rings[0]!) < 0 ? swapped.reverse() : swapped);
        cleaning.promoted++;
      }
    });
    if (rings.length > 0) cleaned.push(rings);
    cleaned.push(...outside.map((ring) => [ring]));
  }
  if (cleaned.length === 0) return null;
  const geometry: Polygon | MultiPolygon =
    cleaned.length === 1 ? { type: "Polygon", coordinates: cleaned[0]! } : { type: "MultiPolygon", coordinates: cleaned };
  return { type: "Feature", id: row.code, properties: { name: row.name }, geometry };
}

function isMulti(value: unknown): boolean {
  return Array.isArray(value) && Array.isArray(value[0]) && Array.isArray(value[0][0]) && Array.isArray(value[0][0][0]);
}

export type Geometry = Topology<{ regencies: GeometryCollection<{ name: string }>; provinces: GeometryCollection }>;

export interface Simplification {
  /** The share of points to keep (topojson-simplify's quantile). */
  readonly keep: number;
  /**
   * An island is kept when it is at least this large (in square degrees; 2e-4 is about
   * 2.4 km²) or a tenth of its regency's largest: Kepulauan Seribu, all islets, keeps 25.
   * Every island kept is drawn, a triangle at least.
   */
  readonly minIslandArea: number;
  /** Each feature's largest ring keeps at least this many points (all it has, if fewer). */
  readonly minRingPoints: number;
}

export const defaultSimplification: Simplification = { keep: 0.15, minIslandArea: 2e-4, minRingPoints: 16 };

/** A topology of the features as they are, quantized: the size before simplification. */
export function rawTopology(features: readonly Feature<Polygon | MultiPolygon>[]): Topology {
  return topology({ regencies: collection(features) }, 1e5);
}

function collection(features: readonly Feature<Polygon | MultiPolygon>[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: "FeatureCollection", features: [...features] };
}

/**
 * One topology of the regencies, simplified (shared borders once, so neighbours still
 * meet) and rebuilt quantized and delta-encoded, with each province merged from the
 * regencies whose code starts with its own so that outlines line up.
 */
export function buildGeometry(
  features: readonly Feature<Polygon | MultiPolygon>[],
  { keep, minIslandArea, minRingPoints }: Simplification = defaultSimplification,
): Geometry {
  const slim = features.map((f) => dropIslands(f, minIslandArea));
  const weighted = presimplify(topology({ regencies: collection(slim) }, 1e5) as unknown as Topology<Objects<{}>>);
  keepEveryShape(weighted, minRingPoints);
  const simplified = simplify(weighted, quantile(weighted, keep)) as Topology<{ regencies: GeometryCollection<{ name: string }> }>;
  // presimplify stores absolute positions with a weight each; rebuilding re-quantizes and delta-encodes them.
  const rebuilt = topology({ regencies: rightSideOut(feature(simplified, simplified.objects.regencies) as FeatureCollection<Polygon | MultiPolygon>) }, 1e5) as Topology<{
    regencies: GeometryCollection<{ name: string }>;
  }>;
  const regencies = rebuilt.objects.regencies.geometries as (TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>)[];
  const byProvince = new Map<string, typeof regencies>();
  for (const g of regencies) {
    const province = String(g.id).slice(0, 2);
    byProvince.set(province, [...(byProvince.get(province) ?? []), g]);
  }
  const provinces = [...byProvince.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([code, members]) => ({ ...mergeArcs(rebuilt, members), id: code }));
  return { ...rebuilt, objects: { regencies: rebuilt.objects.regencies, provinces: { type: "GeometryCollection", geometries: provinces } } } as Geometry;
}

/**
 * Keep at least `min` points of each feature's largest ring and 4 of every other outer
 * ring, their weightiest, whatever the share kept overall: a city a few kilometres across
 * otherwise keeps little more than its arcs' ends (Kota Blitar, 35.72, drew as a line), and
 * an island as a single arc kept only its ends (1,040 of 1,927 rings drew nothing).
 * Shared arcs stay shared, so a neighbour keeps the same points along the border.
 */
function keepEveryShape(weighted: Topology<Objects<{}>>, min: number): void {
  const arcs = weighted.arcs as unknown as [number, number, number][][];
  const geometries = (weighted.objects.regencies as GeometryCollection).geometries;
  for (const g of geometries) {
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    // Each polygon's outer ring, each arc's first point left out (it ends the arc before).
    const rings = polygons.map((polygon) => polygon[0]!.flatMap((i) => (i >= 0 ? arcs[i]! : [...arcs[~i]!].reverse()).slice(1)));
    const areas = rings.map(ringArea);
    const largest = areas.indexOf(Math.max(...areas));
    rings.forEach((ring, i) => {
      for (const point of [...ring].sort((a, b) => b[2] - a[2]).slice(0, i === largest ? min : 4)) point[2] = Infinity;
    });
  }
}

/**
 * Turn back each outer ring that simplification turned inside out: an island cut to a few
 * points can come out wound the other way, which d3-geo reads as the whole globe but that
 * island (Kabupaten Berau's 17th polygon hatched the whole national map).
 */
function rightSideOut(collection: FeatureCollection<Polygon | MultiPolygon>): FeatureCollection<Polygon | MultiPolygon> {
  for (const f of collection.features) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [outer] of polygons) if (outer !== undefined && geoArea({ type: "Polygon", coordinates: [outer] }) > 2 * Math.PI) outer.reverse();
  }
  return collection;
}

function dropIslands(f: Feature<Polygon | MultiPolygon>, minArea: number): Feature<Polygon | MultiPolygon> {
  if (f.geometry.type !== "MultiPolygon") return f;
  const polygons = f.geometry.coordinates;
  const areas = polygons.map((p) => ringArea(p[0]!));
  const largest = Math.max(...areas);
  const kept = polygons.filter((_, i) => areas[i]! >= Math.min(minArea, largest / 10));
  return { ...f, geometry: { type: "MultiPolygon", coordinates: kept } };
}

/** Planar area of a ring in square degrees (enough to tell an islet from an island). */
function ringArea(ring: readonly Position[]): number {
  return Math.abs(signedArea(ring));
}

/** Planar area of a ring, its sign telling which way it winds. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum / 2;
}

/** Whether a point lies inside a ring (even-odd rule, planar). */
function contains(ring: readonly Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The part of a geometry covering one province's regencies, rebuilt as a topology of
 * its own so it carries only their arcs: what a province or regency page's map fetches.
 */
export function provinceGeometry(geometry: Geometry, province: string): Topology {
  const regencies = geometry.objects.regencies.geometries.filter((g) => String(g.id).startsWith(`${province}.`));
  const features = feature(geometry, { type: "GeometryCollection", geometries: regencies });
  return topology({ regencies: features }, 1e5);
}

/** How many positions a topology's arcs hold. */
export function countPoints(topo: Topology): number {
  return topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
}
