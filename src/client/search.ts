// The offline search the browser runs (src/client/search-box.ts) over the index the build
// writes (src/site/search-index.ts): "ppu", "kab kupang" and "penajam" must find the right
// page.

export interface SearchEntry {
  /** What the result shows. */
  readonly label: string;
  /** A short note under it: the kind of page, the province. */
  readonly note: string;
  /** The page's path (without the language prefix). */
  readonly path: string;
  /** Normalised words and phrases the entry is found by. */
  readonly terms: readonly string[];
}

/** Lower case, no accents, punctuation as spaces, and the usual short forms written out. */
export function normaliseQuery(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9./]+/g, " ")
    .replace(/\b(kab|kab\.)(?=\s|$)/g, "kabupaten")
    .replace(/\b(prov|prov\.|propinsi)(?=\s|$)/g, "provinsi")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Entries whose terms hold every word of the query (a word matches the start of a term's
 * word), best first: an exact term, then a term that starts with the query, then the rest;
 * ties keep the index's order (regions before cases). When that finds nothing, a typo is
 * forgiven: each word of four letters or more may be one edit (a letter added, dropped,
 * changed or two swapped) from a word of a region's name or alias or of a case's title, or
 * from its start; two edits from eight letters ("pasuruhan", "pasurun", "pasruuan").
 */
export function search(index: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = normaliseQuery(query);
  if (q === "") return [];
  const words = q.split(" ");
  const scored: { entry: SearchEntry; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let best = -1;
    for (const term of entry.terms) {
      const termWords = term.split(" ");
      if (!words.every((w) => termWords.some((tw) => tw.startsWith(w)))) continue;
      best = Math.max(best, term === q ? 3 : term.startsWith(q) ? 2 : 1);
    }
    if (best >= 0) scored.push({ entry, score: best, order });
  });
  if (scored.length === 0) return forgiving(index, words, limit);
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, limit).map((s) => s.entry);
}

/** The typo-forgiving pass: fewest edits first, then the index's order. */
function forgiving(index: readonly SearchEntry[], words: readonly string[], limit: number): SearchEntry[] {
  const scored: { entry: SearchEntry; edits: number; order: number }[] = [];
  index.forEach((entry, order) => {
    // A region by every name it has; a case by its title only (its description is long, and
    // a loose match in it finds everything).
    const termWords = new Set((entry.path.startsWith("/wilayah/") ? entry.terms : [normaliseQuery(entry.label)]).flatMap((t) => t.split(" ")));
    let edits = 0;
    for (const word of words) {
      let least = Infinity;
      for (const tw of termWords) least = Math.min(least, tw.startsWith(word) ? 0 : nearness(word, tw));
      if (least === Infinity) return;
      edits += least;
    }
    scored.push({ entry, edits, order });
  });
  return scored.sort((a, b) => a.edits - b.edits || a.order - b.order).slice(0, limit).map((s) => s.entry);
}

/**
 * How many edits `word` is from `term` or from a start of it, within what its length allows
 * (Infinity beyond): one alignment of `word` against the start of `term` long enough for
 * every allowed prefix, whose last row holds the distance to each prefix. Optimal string
 * alignment: a swap of neighbours is one edit.
 */
function nearness(word: string, term: string): number {
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (allowed === 0 || term.length < word.length - allowed) return Infinity;
  const b = term.slice(0, word.length + allowed);
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = word[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === b[j - 2] && word[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > allowed) return Infinity;
    before = previous;
    previous = row;
  }
  const least = Math.min(...previous.slice(Math.max(1, word.length - allowed)));
  return least <= allowed ? least : Infinity;
}
