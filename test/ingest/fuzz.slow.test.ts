// The validator against hostile and broken input: more than 10,000 generated and mutated
// CSVs. Whatever comes in, it must return (no crash, no hang, no uncaught exception) with
// either a Dataset or at least one error, every problem placed and explained.

import fc from "fast-check";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset, type BuildResult } from "../../src/ingest/dataset.ts";
import { problemCodes, renderMessage } from "../../src/ingest/problems/problems.ts";
import { type FileInput } from "../../src/ingest/csv.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import type { RegionIndex } from "../../src/ingest/regions.ts";
import { caseTable } from "../../src/ingest/schema/index.ts";
import { TODAY } from "../helpers.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_600); // per property; four properties: 10,400 inputs
const PATH = "data/cases/64.09-fuzz.csv";
const elections: FileInput = { path: "data/elections.csv", bytes: new Uint8Array(readFileSync("data/elections.csv")) };
const valid = readFileSync("test/fixtures/site/compiled/cases/64.09-penajam-paser-utara.csv");
const known = new Set<string>(problemCodes);
let regions: RegionIndex;

beforeAll(async () => {
  regions = await loadRegions();
});

/** Validate one case file; check the outcome is whole and every problem is well formed. */
function check(bytes: Uint8Array): BuildResult {
  const started = performance.now();
  const result = buildDataset({ dir: "data", cases: [{ path: PATH, bytes }], events: [], elections }, { regions, today: TODAY });
  const took = performance.now() - started;
  expect(took, "one input must not take seconds").toBeLessThan(5_000);
  const errors = result.problems.filter((p) => p.severity === "error").length;
  expect(errors === 0).toBe(result.dataset !== null);
  for (const p of result.problems) {
    expect(known.has(p.code), p.code).toBe(true);
    expect(p.file).toBe(PATH);
    if (p.row !== null) expect(p.row).toBeGreaterThanOrEqual(1);
    const message = renderMessage(p);
    expect(message.id.length).toBeGreaterThan(10);
    expect(message.en.length).toBeGreaterThan(10);
  }
  return result;
}

const encode = (text: string) => new TextEncoder().encode(text);
const header = caseTable.fields.map((f) => f.key).join(",");

/** Cells that stress the reader: quotes, delimiters, newlines, deep unicode, huge and hostile text. */
const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('"', ",", ";", "\t", "\n", "\r", " ", "\u0000", "\ufeff", "\u202e", "a", "1", "/", "-") }),
  fc.constantFrom(
    '"unterminated',
    'a"b',
    '""',
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "=HYPERLINK(\"http://x\")",
    "__proto__",
    "constructor",
    "199001012015031001",
    "0812 3456 7890",
    "31/02/2024",
    "2024-13-01",
    "9999-12-31",
    "64.09",
    "pemilu-2024",
    "sanctioned",
  ),
  fc.integer({ min: 1, max: 200_000 }).map((n) => "x".repeat(n)),
  fc.string({ unit: "binary", maxLength: 30 }),
);

const delimiter = fc.constantFrom(",", ";", "\t", "|");
const newline = fc.constantFrom("\n", "\r\n", "\r");

describe("the validator under fuzzing", { timeout: 120_000 }, () => {
  it(`survives ${RUNS} files of random bytes`, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4_096 }), (bytes) => void check(bytes)), { numRuns: RUNS });
  });

  it(`survives ${RUNS} generated tables of hostile cells with mixed delimiters and line ends`, () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        delimiter,
        newline,
        fc.array(fc.array(cell, { maxLength: 25 }), { maxLength: 8 }),
        (withHeader, sep, eol, rows) => {
          const lines = rows.map((r) => r.join(sep));
          check(encode([...(withHeader ? [header.replaceAll(",", sep)] : []), ...lines].join(eol)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`survives ${RUNS} mutations of a valid file: bytes replaced, inserted, deleted or the file cut short`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom("replace", "insert", "delete", "cut"), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }),
        (mutations) => {
          let bytes = [...valid];
          for (const m of mutations) {
            const at = bytes.length === 0 ? 0 : m.at % bytes.length;
            if (m.kind === "replace") bytes[at] = m.byte;
            else if (m.kind === "insert") bytes.splice(at, 0, m.byte);
            else if (m.kind === "delete") bytes.splice(at, 1);
            else bytes = bytes.slice(0, at);
          }
          check(Uint8Array.from(bytes));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`survives ${RUNS} valid-looking rows with one field swapped for hostile text, and never echoes personal data`, () => {
    const rows = valid.toString("utf8").replace(/^\ufeff/, "").split(/\r?\n/);
    const fields = rows[0]!.split(",");
    fc.assert(
      fc.property(fc.nat({ max: fields.length - 1 }), cell, (index, value) => {
        const quoted = `"${value.replaceAll('"', '""')}"`;
        const cells = parseSimple(rows[1]!);
        cells[index] = quoted;
        const result = check(encode(`${rows[0]}\n${cells.join(",")}\n`));
        const personal = result.problems.filter((p) => p.code === "personal_data");
        for (const p of personal) {
          const { id, en } = renderMessage(p);
          expect(`${id} ${en}`).not.toContain(value.trim());
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the guard against generated spellings", () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, "0"));
  const nip = fc
    .tuple(fc.integer({ min: 1950, max: 2005 }), two(1, 12), two(1, 28), fc.integer({ min: 1975, max: 2024 }), two(1, 12), fc.constantFrom("1", "2"), digits(3))
    .map((parts) => parts.join(""));
  const nik = fc
    .tuple(fc.constantFrom("11", "35", "53", "64", "73", "94"), two(1, 79), two(1, 40), fc.oneof(two(1, 28), two(41, 68)), two(1, 12), two(0, 99), digits(4))
    .map((parts) => parts.join(""));
  const phone = fc.tuple(fc.constantFrom("081", "082", "085", "087", "089"), digits(1), fc.integer({ min: 6, max: 8 }).chain(digits)).map((p) => p.join(""));
  const shapes: Record<number, number[][]> = {
    18: [[18], [8, 6, 1, 3], [8, 4, 2, 1, 3], [4, 2, 2, 4, 2, 1, 3]],
    16: [[16], [4, 4, 4, 4], [6, 6, 4], [4, 2, 6, 4], [2, 2, 2, 6, 4]],
  };
  const separator = fc.constantFrom(" ", "  ", ".", "/", "-", " - ", "\u2013", " \u2014 ", "\u200b", "\u00a0");
  const grouped = (number: string, shape: number[], sep: string) => {
    let at = 0;
    return shape.map((n) => number.slice(at, (at += n))).join(sep);
  };
  const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const spelledNumber = fc.oneof(
    fc.tuple(nip, fc.nat(), separator).map(([n, k, sep]) => grouped(n, shapes[18]![k % 4]!, sep)),
    fc.tuple(nik, fc.nat(), separator).map(([n, k, sep]) => grouped(n, shapes[16]![k % 5]!, sep)),
    fc.tuple(phone, separator, fc.boolean()).map(([p, sep, international]) => {
      const body = `${p.slice(1, 4)}${sep}${p.slice(4, 8)}${sep}${p.slice(8)}`;
      return international ? `+62 (${body.slice(0, 3)})${body.slice(3)}` : `(0${p.slice(1, 4)})${sep}${p.slice(4, 8)}${sep}${p.slice(8)}`;
    }),
  );
  const spelledAddress = fc
    .tuple(fc.constantFrom("budi.santoso", "asn_01", "nama"), fc.constantFrom("@", " @ ", "[at]", " [at] ", "(at)", " at ", "\uff20"), fc.constantFrom(".go.id", "(dot)go(dot)id", " dot co dot id", ".com"))
    .map(([local, at, tail]) => `${local}${at}contoh${tail}`);
  const spelled = fc.tuple(fc.oneof(spelledNumber, spelledAddress), fc.boolean()).map(([text, wide]) => (wide ? fullWidth(text) : text));

  it(`catches ${RUNS / 4} NIPs, NIKs, phone numbers and e-mail addresses in the spellings people type, and never echoes them`, () => {
    const rows = valid.toString("utf8").replace(/^\ufeff/, "").split(/\r?\n/);
    const fields = rows[0]!.split(",");
    const description = fields.indexOf("description");
    fc.assert(
      fc.property(spelled, fc.constantFrom("Hubungi ", "ASN dengan nomor ", "", "Data: "), (value, before) => {
        const cells = parseSimple(rows[1]!);
        cells[description] = `"${before}${value} tercatat"`;
        const result = check(encode(`${rows[0]}\n${cells.join(",")}\n`));
        expect(result.problems.filter((p) => p.code === "personal_data").map((p) => [p.row, p.column])).toEqual([[2, "description"]]);
        const shown = JSON.stringify(result.problems.map((p) => renderMessage(p)));
        expect(shown).not.toContain(value.normalize("NFKC").replace(/[^0-9a-z]/gi, "").slice(0, 6));
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

/** Split one CSV line of the committed file (quoted cells kept quoted). */
function parseSimple(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  return cells;
}
