// A page as a phone shows it (360 px): what axe-core finds, any element wider than the
// screen but inside a labelled, focusable scroll box (a table's or the monthly chart's),
// and any text drawn under 12 px. Shared by site-pages.browser.test.ts (every page type in
// Bahasa Indonesia) and site.slow.test.ts (in English).

import { join } from "node:path";
import { open, root } from "./harness.ts";

export interface PhoneReading {
  readonly violations: string[];
  readonly wide: string[];
  readonly small: string[];
  /** Whether the document is no wider than the screen. */
  readonly fits: boolean;
}

export async function readsOnAPhone(path: string): Promise<PhoneReading> {
  const page = await open(path, { bypassCSP: true, width: 360 });
  await page.addScriptTag({ path: join(root, "node_modules/axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  const found = await page.evaluate(() => {
    // Every table of figures shown, as a reader opening them would.
    for (const details of document.querySelectorAll("details")) details.open = true;
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement | SVGGraphicsElement>("body *")) {
      // What lies inside a drawing is clipped by it; the drawing itself is measured.
      if (!(element as SVGElement).ownerSVGElement) {
        const box = element.closest(".table-wrap, .chart-scroll");
        const inBox = box !== null && box !== element && box.getAttribute("tabindex") === "0" && box.getAttribute("role") === "group" && (box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby"));
        if (!inBox) {
          const rect = element.getBoundingClientRect();
          // Cut by an edge of the screen (a skip link parked wholly off it until focused is not).
          const cut = (rect.right > width + 0.5 && rect.left < width) || (rect.left < -0.5 && rect.right > 0);
          if (rect.width > 0 && cut) wide.push(`${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""}`);
        }
      }
      // Text as it is drawn: a drawing's text at its font size times the drawing's scale.
      const own = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      if (!own || element.getClientRects().length === 0 || element.closest(".visually-hidden, [hidden], title") !== null) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || (element instanceof HTMLElement && element.offsetParent === null && style.position !== "fixed")) continue;
      const scale = "getScreenCTM" in element && element.ownerSVGElement ? element.getScreenCTM()!.a : 1;
      const size = parseFloat(style.fontSize) * scale;
      if (size < 11.95) small.push(`${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""} ${size.toFixed(1)}px`);
    }
    return { wide: [...new Set(wide)], small: [...new Set(small)], fits: document.documentElement.scrollWidth <= width };
  });
  await page.close();
  return { violations, ...found };
}
