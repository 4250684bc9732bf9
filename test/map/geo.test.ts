import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { geoArea, geoCentroid } from "d3-geo";
import type { MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseBoundarySql, toFeature, type Geometry } from "../../src/map/geo.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { ensureGeometry, GeoSourceError, geometryPath, readSources } from "../../scripts/cli/geo.ts";

const sample = `INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
	('53.71','Kota Kupang',-10.2,123.6,'[[[-10.2,123.6],[-10.3,123.6],[-10.3,123.7],[-10.2,123.6]]]'),
	('99.01','Kabupaten O''Hara',0,0,'[[[[1,2],[1,3],[2,3]]],[[[5,5],[5,6]]]]');`;

describe("parseBoundarySql", () => {
  it("reads every row's code, name and path", () => {
    expect(parseBoundarySql(sample).map((r) => [r.code, r.name])).toEqual([
      ["53.71", "Kota Kupang"],
      ["99.01", "Kabupaten O'Hara"],
    ]);
  });
});

describe("toFeature", () => {
  it("swaps [lat, lng] to GeoJSON's [lng, lat]", () => {
    const cleaning = { closed: 0, dropped: 0, promoted: 0 };
    const f = toFeature(parseBoundarySql(sample)[0]!, cleaning);
    expect(f?.id).toBe("53.71");
    expect(f?.geometry).toEqual({ type: "Polygon", coordinates: [[[123.6, -10.2], [123.6, -10.3], [123.7, -10.3], [123.6, -10.2]]] });
    expect(cleaning).toEqual({ closed: 0, dropped: 0, promoted: 0 });
  });

  it("closes an open ring and drops one too short to enclose anything", () => {
    const cleaning = { closed: 0, dropped: 0, promoted: 0 };
    const f = toFeature(parseBoundarySql(sample)[1]!, cleaning);
    expect(f?.geometry).toEqual({ type: "Polygon", coordinates: [[[2, 1], [3, 1], [3, 2], [2, 1]]] });
    expect(cleaning).toEqual({ closed: 2, dropped: 1, promoted: 0 });
  });

  it("keeps a hole inside its outer ring, and makes a 'hole' outside it a polygon wound like the outer ring", () => {
    // Kabupaten Sorong (96.01) upstream: a 7-point islet whose 97 "holes" are the regency itself.
    const row = {
      code: "96.01",
      name: "Kabupaten Sorong",
      path: JSON.stringify([[[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]], [[10, 10], [10, 12], [12, 12], [12, 10], [10, 10]].reverse()]),
    };
    const cleaning = { closed: 0, dropped: 0, promoted: 0 };
    const f = toFeature(row, cleaning);
    expect(f?.geometry).toEqual({
      type: "MultiPolygon",
      coordinates: [
        [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]],
        [[[10, 10], [12, 10], [12, 12], [10, 12], [10, 10]]],
      ],
    });
    expect(cleaning).toEqual({ closed: 0, dropped: 0, promoted: 1 });
  });
});

describe("the geometry cache", async () => {
  await ensureGeometry();
  const geometry = JSON.parse(await readFile(geometryPath, "utf8")) as Geometry;
  const regions = await loadRegions();

  it("has exactly one feature for every regency code, and one code for every feature", () => {
    const ids = geometry.objects.regencies.geometries.map((g) => String(g.id)).sort();
    expect(ids).toEqual(regions.regencies.map((r) => r.code).sort());
    expect(new Set(ids).size).toBe(514);
    expect(geometry.objects.regencies.geometries.every((g) => g.type === "Polygon" || g.type === "MultiPolygon")).toBe(true);
  });

  it("has the 38 provinces, merged from their regencies", () => {
    expect(geometry.objects.provinces.geometries.map((g) => String(g.id)).sort()).toEqual(regions.provinces.map((p) => p.code).sort());
  });

  it("puts Kota Kupang where it is (so latitude and longitude were not mixed up)", () => {
    const kupang = geometry.objects.regencies.geometries.find((g) => g.id === "53.71")!;
    const [lng, lat] = geoCentroid(feature(geometry, kupang));
    expect(lng).toBeCloseTo(123.6, 0);
    expect(lat).toBeCloseTo(-10.2, 0);
  });

  it("draws every regency as a shape, the smallest cities included (each keeps 16 points or all it has)", () => {
    const shapes = feature(geometry, geometry.objects.regencies).features;
    const largest = (code: string) => {
      const g = shapes.find((f) => f.id === code)!.geometry as Polygon | MultiPolygon;
      const rings = g.type === "Polygon" ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
      return rings.map((r) => ({ points: r.length - 1, area: geoArea({ type: "Polygon", coordinates: [r] }) })).sort((a, b) => b.area - a.area)[0]!;
    };
    const flat = shapes.map((f) => String(f.id)).filter((code) => largest(code).points < 4);
    expect(flat).toEqual([]);
    // Every island kept is drawn: no outer ring collapses to a point or a line (1,040 did).
    const distinct = (ring: number[][]) => new Set(ring.map((p) => p.join())).size;
    const collapsed = shapes.flatMap((f) => {
      const g = f.geometry as Polygon | MultiPolygon;
      const outer = g.type === "Polygon" ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
      return outer.filter((ring) => distinct(ring) < 3).map(() => String(f.id));
    });
    expect(collapsed).toEqual([]);
    // Nor is any turned inside out, which d3-geo would draw as the globe around it.
    const inverted = shapes.filter((f) => geoArea(f) > 2 * Math.PI).map((f) => String(f.id));
    expect(inverted).toEqual([]);
    // Kota Blitar's 19 upstream points drew as a line at 15% of the points.
    expect(largest("35.72").points).toBeGreaterThanOrEqual(16);
    // Kepulauan Seribu, islets all under 2.4 km²: the chain, not its largest islet alone.
    const seribu = shapes.find((f) => f.id === "31.01")!.geometry as MultiPolygon;
    expect(seribu.coordinates.filter((p) => p[0]!.length >= 4).length).toBeGreaterThan(20);
    // Kabupaten Sorong, 6,500 km² on land: not the islet it is written as upstream.
    expect(largest("96.01").area * 6371 ** 2).toBeGreaterThan(3000);
  });

  it("is rebuilt when it was made from other sources or by other code", async () => {
    await writeFile(`${geometryPath}.key`, "made by an older geo.ts");
    await ensureGeometry();
    expect(await readFile(`${geometryPath}.key`, "utf8")).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(await readFile(geometryPath, "utf8"))).toEqual(geometry);
  });

  it("is small enough to send: under 350 KB", async () => {
    expect(JSON.stringify(geometry).length).toBeLessThan(350 * 1024);
  });
});

describe("the sources", () => {
  const shared = resolve(import.meta.dirname, "../../../shared/geo/wilayah_boundaries");
  const fromShared = (tamper?: string) =>
    vi.fn(async (url: string) => {
      const file = url.split("/").pop()!;
      const bytes = await readFile(join(shared, file));
      return new Response(file === tamper ? Buffer.concat([bytes, Buffer.from(" ")]) : bytes);
    });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("are downloaded from the upstream commit where the folder is absent, and checked", async () => {
    const fetch = fromShared();
    vi.stubGlobal("fetch", fetch);
    const files = await readSources("/no/such/folder");
    expect(files).toHaveLength(38);
    expect(fetch).toHaveBeenCalledWith(
      "https://raw.githubusercontent.com/cahyadsn/wilayah_boundaries/3c5a7960f4d227a38489094d84252bdbb3f978a5/db/kab/wilayah_boundaries_kab_53.sql",
    );
  });

  it("are refused when a file does not match its checksum", async () => {
    vi.stubGlobal("fetch", fromShared("wilayah_boundaries_kab_53.sql"));
    const failure = readSources("/no/such/folder");
    await expect(failure).rejects.toBeInstanceOf(GeoSourceError);
    await expect(failure).rejects.toThrow(/db\/kab\/wilayah_boundaries_kab_53\.sql tidak sama dengan checksum-nya[\s\S]*does not match its checksum in scripts\/cli\/geo-sources\.sha256: it was changed or damaged/);
  });

  it("say which file is missing from an incomplete folder, or which one was changed, in both languages", async () => {
    const dir = await mkdtemp(join(tmpdir(), "geo-incomplete-"));
    const files = (await readdir(shared)).filter((f) => f.endsWith(".sql"));
    for (const file of files) if (file !== "wilayah_boundaries_kab_12.sql") await symlink(join(shared, file), join(dir, file));
    const missing = readSources(dir);
    await expect(missing).rejects.toBeInstanceOf(GeoSourceError);
    await expect(missing).rejects.toThrow(/kab_12\.sql tidak ada: folder [^\n]* tidak lengkap[\s\S]*kab_12\.sql is missing: the folder [^\n]* is incomplete\. Copy the whole wilayah_boundaries data there again/);
    await symlink(join(shared, "wilayah_boundaries_kab_12.sql"), join(dir, "wilayah_boundaries_kab_12.sql"));
    await rm(join(dir, "wilayah_boundaries_kab_11.sql"));
    await writeFile(join(dir, "wilayah_boundaries_kab_11.sql"), "-- changed\n");
    await expect(readSources(dir)).rejects.toThrow(/kab_11\.sql tidak sama dengan checksum-nya[\s\S]*kab_11\.sql does not match its checksum/);
    await rm(dir, { recursive: true });
  });

  it("say what to do, in both languages, when the folder is absent and the network closed", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("fetch failed"))));
    const failure = readSources("/no/such/folder");
    await expect(failure).rejects.toBeInstanceOf(GeoSourceError);
    await expect(failure).rejects.toThrow(/tidak dapat diunduh[\s\S]*cannot be downloaded \(is the network closed\?\)\. Put the wilayah_boundaries data there, or set GEO_SOURCE_DIR/);
  });
});
