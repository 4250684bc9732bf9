import { readFileSync } from "node:fs";
import { Problems } from "../src/lib/problems.ts";
import { parseTable, loadRegions } from "../src/lib/read.ts";
import { validateTable } from "../src/lib/validate.ts";
import { caseTable } from "../src/lib/schema.ts";
const regions = await loadRegions();
const bytes = new Uint8Array(readFileSync("/tmp/bench100k.csv"));
const p = new Problems();
const raw = parseTable({ path: "x", bytes }, p)!;
const emap = new Map([["pemilu2024", "pemilu-2024"], ["pilkada2024", "pilkada-2024"]]);
for (let k = 0; k < 6; k++) { (globalThis as any).gc(); const s = performance.now(); validateTable(raw, caseTable, { regions, today: "2026-11-24", elections: emap }, p); console.log((performance.now()-s).toFixed(0)); }
