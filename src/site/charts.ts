// The geometry of the charts drawn at build time (src/components/charts/): scales,
// bars, ticks, the shaded campaign periods and marked voting days, computed here so that
// the components only write SVG.

import { scaleBand, scaleLinear } from "d3-scale";
import type { ElectionRecord } from "../ingest/dataset.ts";
import type { MonthCount } from "./figures.ts";

export interface BarChart {
  /** Each item's bar as a fraction of the largest (0 to 1), and its share of the total ("25%"; "0%" of nothing). */
  readonly bars: readonly { readonly fraction: number; readonly share: string }[];
}

/**
 * A horizontal bar per item, scaled to the largest; shares of `total`, or of the items' sum.
 * The labels are the page's own text (src/components/charts/Bars.astro), so they wrap and
 * keep their size at any width: only the bars are drawn.
 */
export function barChart(values: readonly number[], total = values.reduce((sum, v) => sum + v, 0)): BarChart {
  const x = scaleLinear().domain([0, Math.max(1, ...values)]).range([0, 1]);
  return { bars: values.map((v) => ({ fraction: x(v), share: total === 0 ? "0%" : `${Math.round((v / total) * 100)}%` })) };
}

export interface MonthChart {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly bars: readonly { readonly month: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly label: boolean }[];
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  /** Each campaign's span: at least 1 wide, so a short one still shows. */
  readonly campaigns: readonly { readonly from: number; readonly width: number; readonly election: ElectionRecord }[];
  readonly votes: readonly { readonly at: number; readonly election: ElectionRecord }[];
}

/**
 * Cases per month as bars, each election's campaign period shaded and its voting day
 * marked, every few months labelled (at most six labels). Drawn for 12 px text at its
 * own width, 420 px, which it never shrinks below (a phone scrolls it, see data.css); it
 * scales up on desktops. The left margin fits the largest count.
 */
export function monthChart(months: readonly MonthCount[], elections: readonly ElectionRecord[]): MonthChart {
  const width = 420;
  const height = 200;
  const top = Math.max(1, ...months.map((m) => m.count));
  const y = scaleLinear().domain([0, top]).nice();
  const margin = { top: 36, right: 8, bottom: 30, left: Math.max(24, 10 + 7 * String(y.domain()[1]).length) };
  y.range([height - margin.bottom, margin.top]);
  const x = scaleBand<string>()
    .domain(months.map((m) => m.month))
    .range([margin.left, width - margin.right])
    .paddingInner(0.15);
  const step = x.step();
  /** The x position of a day: its month's band, plus how far into the month it is. */
  const xOfDay = (iso: string): number | null => {
    const start = x(iso.slice(0, 7));
    if (start === undefined) return null;
    const [yy, mm, dd] = iso.split("-").map(Number) as [number, number, number];
    const days = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
    return start - (step - x.bandwidth()) / 2 + ((dd - 1) / days) * step;
  };
  const first = months[0]?.month;
  const last = months[months.length - 1]?.month;
  const clampDay = (iso: string) => (first !== undefined && iso.slice(0, 7) < first ? `${first}-01` : last !== undefined && iso.slice(0, 7) > last ? `${last}-28` : iso);
  const labelEvery = Math.max(1, Math.ceil(months.length / 6));
  return {
    width,
    height,
    margin,
    bars: months.map((m, i) => ({ month: m.month, x: x(m.month)!, y: y(m.count), width: x.bandwidth(), height: y(0) - y(m.count), label: i % labelEvery === 0 })),
    ticks: y.ticks(Math.min(4, y.domain()[1]!)).filter(Number.isInteger).map((value) => ({ value, y: y(value) })),
    campaigns: elections.flatMap((election) => {
      const from = xOfDay(clampDay(election.campaign_start));
      const to = xOfDay(clampDay(election.campaign_end));
      return from === null || to === null || election.campaign_end.slice(0, 7) < (first ?? "") || election.campaign_start.slice(0, 7) > (last ?? "") ? [] : [{ from, width: Math.max(1, to - from), election }];
    }),
    votes: elections.flatMap((election) => {
      const at = xOfDay(election.voting_day);
      return at === null ? [] : [{ at, election }];
    }),
  };
}

/** The months with cases, for a chart's accessible summary ("Jan 2024: 2; Feb 2024: 1"). */
export function monthsWithCases(months: readonly MonthCount[]): readonly MonthCount[] {
  return months.filter((m) => m.count > 0);
}
