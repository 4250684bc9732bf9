// Header row -> which field each column holds. Matching ignores case, spaces,
// underscores, dashes and dots, and takes the English key or the Indonesian alias.
// Headers are never used as object keys: a column maps to a Field or to nothing.

import { findPersonalData, personalDataLabel } from "./pii.ts";
import type { Problems } from "./problems/problems.ts";
import { normaliseName, type Field, type Table } from "./schema/index.ts";
import { closest } from "./suggest.ts";

export interface ColumnMap {
  /** For each column, its field, or null when the column is not used. */
  readonly fields: readonly (Field | null)[];
  /** For each field key present, its column index. */
  readonly index: ReadonlyMap<string, number>;
  /** How each column is named in problems: the canonical key, else its position ("#3"). */
  readonly names: readonly string[];
  /** False when a problem means the rows cannot be read safely (a missing required column). */
  readonly usable: boolean;
}

/** Headers that ask for a person: names, identity numbers, contacts. */
const personalHeader =
  /^(nama|name|nip|nik|nrp)|(nama|name|nip|nik|nrp|ktp)$|^(no|nomor)?(hp|handphone|telepon|telp|phone|email|surel|alamat|address|ktp|kontak|contact)|^(no|nomor)?(wa|whatsapp)$|nomorinduk|identitas|lahir|domisili/;

const lookups = new WeakMap<Table, Map<string, Field>>();

function lookup(table: Table): Map<string, Field> {
  let map = lookups.get(table);
  if (map === undefined) {
    map = new Map();
    for (const field of table.fields) {
      for (const name of [field.key, field.alias, ...(field.aliases ?? [])]) map.set(normaliseName(name), field);
    }
    lookups.set(table, map);
  }
  return map;
}

/**
 * Whether a row reads as the table's header row: at least three of its cells, or half of
 * those filled, are known headers. A row of case data or a title above the table is not.
 */
export function looksLikeHeaderRow(table: Table, cells: readonly string[]): boolean {
  const known = lookup(table);
  let filled = 0;
  let recognised = 0;
  for (const cell of cells) {
    const normal = normaliseName(cell.trim());
    if (normal === "") continue;
    filled++;
    if (known.has(normal)) recognised++;
  }
  return recognised >= 3 || (recognised > 0 && recognised * 2 >= filled);
}

export function mapHeaders(
  file: string,
  table: Table,
  headers: readonly string[],
  columnHasData: (column: number) => boolean,
  problems: Problems,
): ColumnMap {
  const known = lookup(table);
  const fields: (Field | null)[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();

  headers.forEach((header, i) => {
    const written = header.trim();
    const normal = normaliseName(written);
    const field = known.get(normal);
    fields.push(null);
    if (field !== undefined) {
      names.push(field.key);
      const first = index.get(field.key);
      if (first !== undefined) {
        problems.error("duplicate_header", file, 1, field.key, { detail: String(first + 1) });
        return;
      }
      index.set(field.key, i);
      fields[i] = field;
      return;
    }
    // A header that is not a key is never echoed: whatever was typed there (a name, a
    // number, a first row of data) is named by its position, "#3".
    const position = `#${i + 1}`;
    names.push(position);
    const pii = findPersonalData(written);
    if (pii !== null) {
      problems.error("personal_data", file, 1, position, { detail: personalDataLabel[pii] });
    } else if (normal === "") {
      if (columnHasData(i)) problems.error("blank_header", file, 1, null, { detail: String(i + 1) });
      else problems.warning("blank_header_unused", file, 1, null, { detail: String(i + 1) });
    } else if (personalHeader.test(normal)) {
      problems.error("personal_header", file, 1, position);
    } else {
      const near = closest(normal, known.keys());
      const suggestion = near === undefined ? undefined : known.get(near)!.key;
      problems.error("unknown_header", file, 1, position, {
        expected: table.fields.map((f) => f.key).join(", "),
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
  });

  let usable = true;
  for (const field of table.fields) {
    if (field.presence !== "optional" && !index.has(field.key)) {
      problems.error("missing_column", file, 1, field.key, { expected: `${field.key} (${field.alias})` });
      usable = false;
    }
  }
  return { fields, index, names, usable };
}
