// The committed data as the site sees it, for the tests of src/site/.
import { checkData } from "../../src/node/check-data.ts";
import { loadRegions } from "../../src/node/load-regions.ts";

export const dataset = (await checkData("data")).dataset!;
export const regions = await loadRegions();
export const byId = (id: string) => dataset.cases.find((c) => c.id === id)!;
