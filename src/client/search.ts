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
 * ties keep the index's order (regions before cases).
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
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, limit).map((s) => s.entry);
}
