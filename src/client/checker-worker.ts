// The checker's worker: reads and checks the reader's file off the page's thread, so a
// large file never freezes the page. It fetches the site's own context file once; the
// reader's file never leaves the browser.
import { checkFile, prepareContext, type CheckerContext, type ShownFile } from "./check-file.ts";
import { shownRows, shownTitles } from "./checker-limits.ts";

let prepared: Promise<ReturnType<typeof prepareContext>> | undefined;

self.onmessage = async (event: MessageEvent<{ id: number; name: string; bytes: ArrayBuffer; context: string }>) => {
  const { id, name, bytes, context } = event.data;
  try {
    prepared ??= fetch(context).then((r) => r.json() as Promise<CheckerContext>).then(prepareContext);
    self.postMessage({ id, stage: "checking" });
    const checked = await checkFile(await prepared, name, new Uint8Array(bytes));
    // What the page shows, no more: a large file's every row and case would cost the page's
    // thread seconds to receive.
    const { json, rows, cells, canonical, canonicalName, standsFor, titles, figures, result } = checked;
    const shown: ShownFile = {
      json,
      rows: rows.slice(0, shownRows),
      rowCount: rows.length,
      cells,
      canonical,
      canonicalName,
      standsFor,
      titles: { id: titles.id.slice(0, shownTitles), en: titles.en.slice(0, shownTitles) },
      figures,
      summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    };
    self.postMessage({ id, stage: "done", checked: shown });
  } catch (error) {
    // The error itself is not shown: it could quote the file.
    self.postMessage({ id, stage: "failed" });
  }
};
