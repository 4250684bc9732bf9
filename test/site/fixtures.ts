// The test site's data (test/fixtures/site/: the three compiled cases and a regency in each
// of the four states) as the site sees it, for the tests of src/site/.
import { checkData } from "../../src/node/check-data.ts";
import { loadRegions } from "../../src/node/load-regions.ts";

export const siteData = "test/fixtures/site";
export const dataset = (await checkData(siteData)).dataset!;
export const regions = await loadRegions();
export const byId = (id: string) => dataset.cases.find((c) => c.id === id)!;
