// The official regions (idn-area-data) with the committed aliases, and every district and
// village as places for the name guard, loaded once per process.

import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import { createPlaces } from "../ingest/names.ts";
import { regionAliases } from "../ingest/region-aliases.ts";
import { createRegionIndex, type RegionIndex } from "../ingest/regions.ts";

let regions: Promise<RegionIndex> | undefined;

/**
 * The official regions (idn-area-data) with the committed aliases, and every district and
 * village as places for the name guard, loaded once.
 */
export function loadRegions(): Promise<RegionIndex> {
  regions ??= Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]).then(([provinces, regencies, districts, villages]) => {
    const places = createPlaces(
      [...provinces, ...regencies].map((r) => r.name).concat(regionAliases.map(([alias]) => alias)),
      districts.map((d) => d.name),
      villages.map((v) => v.name),
    );
    return createRegionIndex(provinces, regencies, regionAliases, places);
  });
  return regions;
}
