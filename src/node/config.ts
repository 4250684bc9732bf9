// The settings that come from the environment, read once, here and nowhere else: every
// other module is handed them.
//
//   DATA_DIR        the data folder (data)
//   OUT_DIR         where `npm run build` writes the site (dist)
//   PANTAU_TODAY    "today" for date checks, YYYY-MM-DD, as tests pin it (today in Indonesia)
//   GEO_SOURCE_DIR  the upstream boundary data for `npm run geo` (../shared/geo/wilayah_boundaries)

import { todayInIndonesia } from "../ingest/dates.ts";

export interface Config {
  readonly dataDir: string;
  readonly outDir: string;
  readonly today: string;
  readonly geoSourceDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  return {
    dataDir: env.DATA_DIR ?? "data",
    outDir: env.OUT_DIR ?? "dist",
    today: env.PANTAU_TODAY ?? todayInIndonesia(),
    geoSourceDir: env.GEO_SOURCE_DIR ?? "../shared/geo/wilayah_boundaries",
  };
}

export const config: Config = readConfig(process.env);
