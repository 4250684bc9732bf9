// How a map shades a regency: by the cases its office handled, in four steps, white for
// an office that published none, hatched for one never heard from, dotted over its shade
// where the cases were compiled by the editors rather than published; the legend says so.
// And which files the zoomable map fetches for the regencies drawn.

import type { RegionState } from "../site/figures.ts";

const steps = [1, 2, 5, 10];
const fills = ["#f4d9d4", "#e29a8d", "#c1503f", "#7a1f1f"];
export const noCasesFill = "#ffffff";
export const neverFill = "url(#never)";

/** The fill of a regency in `state` whose office handled `cases` cases. */
export function shadeOf(state: RegionState, cases: number): string {
  if (state === "never") return neverFill;
  if (cases === 0) return noCasesFill;
  let i = 0;
  while (i < steps.length - 1 && cases >= steps[i + 1]!) i++;
  return state === "compiled" ? `url(#compiled-${i})` : fills[i]!;
}

/** The dotted patterns of compiled regencies, one per shade: their ids and shades. */
export const compiledPatterns = fills.map((fill, i) => ({ id: `compiled-${i}`, fill }));

/** The legend's shades with their ranges of cases: "1", "2–4", "5–9", "≥ 10". */
export function shadeRanges(): { fill: string; text: string }[] {
  return steps.map((from, i) => ({
    fill: fills[i]!,
    text: i === steps.length - 1 ? `≥ ${from}` : from === steps[i + 1]! - 1 ? `${from}` : `${from}–${steps[i + 1]! - 1}`,
  }));
}

/**
 * What the zoomable map fetches: the national geometry for the national map, else the
 * files of just the provinces drawn, in code order.
 */
export function geometryFiles(codes: readonly string[], national: boolean): string {
  return national ? "/geo/indonesia.topo.json" : [...new Set(codes.map((code) => code.slice(0, 2)))].sort().map((p) => `/geo/${p}.topo.json`).join(" ");
}
