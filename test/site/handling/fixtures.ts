// Handling figures of case fixtures, checked with the real deadlines and holidays.
import { expect } from "vitest";
import { indexSite } from "../../../src/site/figures.ts";
import type { Dataset } from "../../../src/ingest/dataset.ts";
import { dayNumber } from "../../../src/ingest/dates.ts";
import { indexHandling, type Handling } from "../../../src/site/handling/handling.ts";
import { loadRegions } from "../../../src/node/load-regions.ts";
import { checkFixtures, errorsOf, TODAY } from "../../helpers.ts";

export async function handlingOf(files: string[]): Promise<{ dataset: Dataset; handling: Handling }> {
  const result = await checkFixtures(files, [], true);
  expect(errorsOf(result)).toEqual([]);
  const dataset = result.dataset!;
  return { dataset, handling: indexHandling(indexSite(dataset, await loadRegions()), TODAY) };
}

/** A day number from "2024-01-05". */
export const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
