// The settings that come from the environment, read once, here and nowhere else: every
// other module is handed them.
//
//   DATA_DIR        the data folder (data)
//   OUT_DIR         where `npm run build` writes the site (dist)
//   PANTAU_TODAY    "today" for date checks, YYYY-MM-DD, as tests pin it (today in Indonesia)
//   GEO_SOURCE_DIR  the upstream boundary data for `npm run geo` (../shared/geo/wilayah_boundaries)
//   SITE_REPO       the repository where readers report errors (https://github.com/pantau-netralitas-asn/pantau-netralitas-asn)
//   SITE_CONTACT    the editors' e-mail for corrections and replies (koreksi@pantau-netralitas-asn.org)

import { todayInIndonesia } from "../ingest/dates.ts";
import { bilingual } from "../i18n/index.ts";

export interface Config {
  readonly dataDir: string;
  readonly outDir: string;
  readonly today: string;
  readonly geoSourceDir: string;
  readonly repo: string;
  readonly contact: string;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const config = {
    dataDir: env.DATA_DIR ?? "data",
    outDir: env.OUT_DIR ?? "dist",
    today: env.PANTAU_TODAY ?? todayInIndonesia(),
    geoSourceDir: env.GEO_SOURCE_DIR ?? "../shared/geo/wilayah_boundaries",
    repo: (env.SITE_REPO ?? "https://github.com/pantau-netralitas-asn/pantau-netralitas-asn").replace(/\/+$/, ""),
    contact: env.SITE_CONTACT ?? "koreksi@pantau-netralitas-asn.org",
  };
  // Both are printed on every case page as links: a wrong one would send readers astray.
  if (!/^https:\/\/[^\s/]+\/[^\s/]+\/[^\s/]+$/.test(config.repo)) {
    throw new Error(bilingual("cli.badRepo", { value: config.repo }));
  }
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(config.contact)) {
    throw new Error(bilingual("cli.badContact", { value: config.contact }));
  }
  return config;
}

export const config: Config = readConfig(process.env);
