// What a change does to the published cases, per office: added, removed, and changed
// (with the fields that changed), for a reviewer to read before merging.

import type { CaseRecord } from "./dataset.ts";
import { compareText } from "./compare.ts";

export interface OfficeChanges {
  readonly office: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly { readonly id: string; readonly fields: readonly string[] }[];
}

export function diffCases(before: readonly CaseRecord[], after: readonly CaseRecord[]): OfficeChanges[] {
  const old = new Map(before.map((c) => [c.id, c]));
  const now = new Map(after.map((c) => [c.id, c]));
  const offices = new Map<string, { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] }>();
  const of = (office: string) => offices.get(office) ?? offices.set(office, { added: [], removed: [], changed: [] }).get(office)!;
  for (const [id, c] of now) {
    const was = old.get(id);
    if (was === undefined) {
      of(c.office).added.push(id);
      continue;
    }
    const fields = Object.keys(c).filter((key) => JSON.stringify((c as unknown as Record<string, unknown>)[key]) !== JSON.stringify((was as unknown as Record<string, unknown>)[key]));
    if (fields.length > 0) of(c.office).changed.push({ id, fields });
  }
  for (const [id, c] of old) if (!now.has(id)) of(c.office).removed.push(id);
  return [...offices.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([office, changes]) => ({
      office,
      added: changes.added.sort(),
      removed: changes.removed.sort(),
      changed: changes.changed.sort((a, b) => compareText(a.id, b.id)),
    }));
}

export function formatDiff(changes: readonly OfficeChanges[], ref: string, officeName: (code: string) => string): string {
  const lines = [`Perubahan data terhadap ${ref} / Data changes against ${ref}:`];
  if (changes.length === 0) lines.push("  Tidak ada kasus yang berubah. / No case changed.");
  for (const c of changes) {
    lines.push(`${officeName(c.office)} (${c.office}): ${c.added.length} baru/added, ${c.changed.length} diubah/changed, ${c.removed.length} dihapus/removed`);
    for (const id of c.added) lines.push(`  + ${id}`);
    for (const { id, fields } of c.changed) lines.push(`  ~ ${id}: ${fields.join(", ")}`);
    for (const id of c.removed) lines.push(`  - ${id}`);
  }
  return `${lines.join("\n")}\n`;
}
