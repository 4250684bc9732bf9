import type { Feature, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { drawMap, drawMapOnce, type Shapes } from "../../src/map/draw.ts";

// Two regencies side by side near the equator, one degree square each, and an island
// with no extent, a single point (as simplification once left Kepulauan Seribu, 31.01).
const square = (code: string, west: number, south: number, size = 1): Feature<Polygon> => ({
  type: "Feature",
  id: code,
  properties: {},
  geometry: { type: "Polygon", coordinates: [[[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]]] },
});
const collapsed: Feature<MultiPolygon> = {
  type: "Feature",
  id: "31.01",
  properties: {},
  geometry: { type: "MultiPolygon", coordinates: [[[[106.5, -5.8], [106.5, -5.8], [106.5, -5.8], [106.5, -5.8]]]] },
};
const shapes: Shapes = {
  regencies: new Map<string, Feature<Polygon | MultiPolygon>>([
    ["11.01", square("11.01", 106, -1)],
    ["11.02", square("11.02", 107, -1)],
    ["31.01", collapsed],
  ]),
  provinceBorders: { type: "MultiLineString", coordinates: [[[107, -1], [107, 0]]] },
};

/** The absolute points of a relative path ("M10,20l5,0l0,5z"). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, command, x, y] of d.matchAll(/([Ml])(-?[\d.]+),(-?[\d.]+)/g)) {
    const [px, py] = command === "M" ? [0, 0] : out.at(-1)!;
    out.push([px + Number(x), py + Number(y)]);
  }
  return out;
}

describe("drawMap", () => {
  it("draws the whole view 800 units wide, as high as the shapes are, each square a square", () => {
    const drawing = drawMap(shapes, { codes: ["11.01", "11.02"], national: false });
    expect(drawing.width).toBe(800);
    // Mercator stretches north-south a little even at the equator: just over 400 units, rounded up.
    expect(drawing.height).toBe(401);
    expect(drawing.regencies.map((r) => r.code)).toEqual(["11.01", "11.02"]);
    const first = points(drawing.regencies[0]!.d);
    expect(first).toHaveLength(4);
    const xs = first.map(([x]) => x);
    const ys = first.map(([, y]) => y);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([0, 400, 0, 400]);
    expect(drawing.regencies[0]!.d.endsWith("z")).toBe(true);
    expect(drawing.borders).toBeNull();
  });

  it("frames a zoomed view on its regencies, in the middle 60% of 800 x 480", () => {
    const drawing = drawMap(shapes, { codes: ["11.01", "11.02"], zoomTo: ["11.02"], national: false });
    expect(drawing.height).toBe(480);
    const framed = points(drawing.regencies[1]!.d);
    expect(Math.min(...framed.map(([x]) => x))).toBe(256);
    expect(Math.max(...framed.map(([x]) => x))).toBe(544);
    expect(Math.min(...framed.map(([, y]) => y))).toBe(96);
    expect(Math.max(...framed.map(([, y]) => y))).toBe(384);
  });

  it("frames everything it draws when the framed regency collapsed to a point, never NaN", () => {
    const drawing = drawMap(shapes, { codes: ["31.01", "11.01", "11.02"], zoomTo: ["31.01"], national: false });
    expect(drawing.height).toBe(480);
    for (const r of drawing.regencies) expect(r.d).not.toContain("NaN");
    // The squares and the island's point all lie inside the 800 x 480 view.
    for (const [x, y] of drawing.regencies.flatMap((r) => points(r.d))) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(800);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(480);
    }
    expect(drawing.regencies.map((r) => r.code)).toEqual(["31.01", "11.01", "11.02"]);
  });

  it("writes the borders between provinces on the national map as open lines", () => {
    const drawing = drawMap(shapes, { codes: ["11.01", "11.02"], national: true });
    expect(drawing.borders).toBe("M400,400l0,-400");
  });

  it("skips regencies the geometry lacks", () => {
    expect(drawMap(shapes, { codes: ["11.01", "99.99"], national: false }).regencies.map((r) => r.code)).toEqual(["11.01"]);
  });

  it("draws a view once for both languages' pages", () => {
    const view = { codes: ["11.01", "11.02"], national: false };
    expect(drawMapOnce(shapes, view)).toBe(drawMapOnce(shapes, { ...view, codes: [...view.codes] }));
  });
});
