// The regencies of a map (src/components/RegionMap.astro), each a link with its label,
// its shading and its outline: a province's map has dozens and the national map 514,
// on pages built in both languages, so they are written as one string.

import type { Site } from "../site/model.ts";
import { attr, html, type Html } from "./html.ts";
import { outlinedRegencies, type MapDrawing } from "../map/draw.ts";
import { localise, t, type Lang } from "../i18n/index.ts";

export interface RegencyMarks {
  /** Regencies to mark, with what they are to the page's region. */
  readonly marks: ReadonlyMap<string, string>;
  /** The page's own regency, outlined. */
  readonly focus: string | undefined;
  /** The fill of a regency: its shade, white for none, or the hatching. */
  readonly fill: (code: string) => string;
}

/** A region's state in a few words: "publishes cases", "file with no cases", "no data yet". */
export function stateLabel(site: Site, lang: Lang, code: string): string {
  return t(lang, `region.state.short.${site.stateOf(code)}`);
}

/**
 * "Kota Kupang: 1 case, compiled from news reports (where it happened)": a regency's label on
 * the map and in its tooltip. A regency nothing is known of has no count: "Paser: no data yet".
 */
export function regencyLabel(site: Site, lang: Lang, code: string, marks: ReadonlyMap<string, string>): string {
  const region = site.regions.byCode(code)!;
  const mark = marks.get(code);
  const count = site.isKnown(code) ? `${t(lang, "count.cases", { n: site.figuresOf(code).cases })}, ` : "";
  return `${region.name}: ${count}${stateLabel(site, lang, code)}${mark === undefined ? "" : ` (${mark})`}`;
}

export function regencyLinks(site: Site, lang: Lang, drawing: MapDrawing, { marks, focus, fill }: RegencyMarks): Html {
  return html`${drawing.regencies.map(({ code, d }) => {
    const label = regencyLabel(site, lang, code, marks);
    return html`<a href="${localise(lang, `/wilayah/${code}/`)}" aria-label="${label}" data-code="${code}" data-state="${site.stateOf(code)}" data-cases="${site.figuresOf(code).cases}"><path d="${d}" fill="${fill(code)}"${attr(
      "class",
      code === focus ? "focus" : marks.has(code) ? "mark" : undefined,
    )}><title>${label}</title></path></a>`;
  })}`;
}

/**
 * The marked regencies' and the focus's outlines once more, over every regency, the focus
 * last: drawn in code order, a neighbour drawn later covered part of an outline (Kabupaten
 * Sorong, 96.01, lost its border with the regencies east of it). Decoration only, so
 * hidden from screen readers and the pointer; the links underneath stay as they are.
 */
export function regencyOutlines(drawing: MapDrawing, { marks, focus }: Pick<RegencyMarks, "marks" | "focus">): Html {
  return html`${outlinedRegencies(drawing, marks, focus).map(({ code, d }) => html`<path d="${d}" class="${code === focus ? "o-focus" : "o-mark"}"/>`)}`;
}
