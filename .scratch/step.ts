import { readFileSync } from "node:fs";
import Papa from "papaparse";
const text = new TextDecoder().decode(readFileSync("/tmp/bench100k.csv"));
const re = /[@\x00-\x08]|\d{3}/;
const T = (l: string, f: () => unknown) => { let b = 1e9; for (let k = 0; k < 4; k++) { (globalThis as any).gc(); const s = performance.now(); f(); b = Math.min(b, performance.now() - s); } console.log(l.padEnd(34), b.toFixed(0), "ms"); };
T("bulk parse", () => Papa.parse<string[]>(text, { delimiter: "," }).data.length);
T("bulk parse + touch all after", () => { const d = Papa.parse<string[]>(text, { delimiter: "," }).data; let n = 0; for (const r of d) for (const c of r) if (re.test(c)) n++; return n; });
T("step parse, keep rows", () => { const out: string[][] = []; Papa.parse<string[]>(text, { delimiter: ",", step: (r) => { out.push(r.data); } }); return out.length; });
T("step parse + touch in step", () => { const out: string[][] = []; let n = 0; Papa.parse<string[]>(text, { delimiter: ",", step: (r) => { for (const c of r.data) if (re.test(c)) n++; out.push(r.data); } }); return n; });
