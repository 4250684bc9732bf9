// What the checker page (/periksa/) checks a file against, so that it finds what
// `npm run validate -- FILE` finds: the regions and every district and village (the name
// guard's places), and every published data file as its bytes (the elections, the cases
// for duplicates, the steps, deadlines and holidays for the handling rules), named as the
// repository names them (data/...). Written to data/checker/context.json by the build.

import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import { relative } from "node:path";
import type { CheckerContext, SentFile } from "../client/check-file.ts";
import type { FileInput } from "../ingest/csv.ts";
import { readDataDir } from "./files.ts";

export async function checkerContext(dataDir: string, today: string): Promise<CheckerContext> {
  const [provinces, regencies, districts, villages, files] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages(), readDataDir(dataDir)]);
  // The build machine's folders are no one's business: paths as the repository names them.
  const sent = (f: FileInput): SentFile => ({ path: `data/${relative(dataDir, f.path).split("\\").join("/")}`, bytes: Buffer.from(f.bytes).toString("base64") });
  const optional = (f: FileInput | null | undefined) => (f == null ? null : sent(f));
  return {
    today,
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    regencies: regencies.map((r) => ({ code: r.code, name: r.name, province_code: r.province_code })),
    districts: [...new Set(districts.map((d) => d.name))].sort(),
    villages: [...new Set(villages.map((v) => v.name))].sort(),
    data: {
      dir: "data",
      cases: files.cases.map(sent),
      events: files.events.map(sent),
      compiledCases: (files.compiled?.cases ?? []).map(sent),
      compiledEvents: (files.compiled?.events ?? []).map(sent),
      elections: optional(files.elections),
      deadlines: optional(files.deadlines),
      holidays: optional(files.holidays),
      officialFigures: optional(files.officialFigures),
    },
  };
}
