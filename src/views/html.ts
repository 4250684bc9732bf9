// HTML written as tagged template literals, for the parts of a page that tens of
// thousands of pages repeat (the case page, the frame around every page): one string
// per part instead of one Astro render step per value. Every interpolated value is
// escaped unless it is Html already, so text from a CSV row never becomes markup.

import { dataLang, type Lang } from "../i18n/index.ts";

/** Markup that is already safe: built by `html`, or escaped. */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

/** What a template takes: text (escaped), numbers, markup, nothing (null, undefined, false) or lists of these. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for an element's content and for a quoted attribute value. */
export function escapeHtml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => entities[c]!) : text;
}

function render(part: Part): string {
  if (part instanceof Html) return part.text;
  if (typeof part === "string") return escapeHtml(part);
  if (typeof part === "number") return String(part);
  if (part === null || part === undefined || part === false) return "";
  let text = "";
  for (const item of part) text += render(item);
  return text;
}

/** html`<dt>${label}</dt>`: the template's own text as written, every value escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly Part[]): Html {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += render(values[i]!) + strings[i + 1]!;
  return new Html(text);
}

/** An attribute written only when it has a value: attr("class", undefined) is nothing. */
export function attr(name: string, value: string | number | null | undefined): Html {
  return value === null || value === undefined ? new Html("") : new Html(` ${name}="${escapeHtml(String(value))}"`);
}

/**
 * Text the data holds in Bahasa Indonesia (an office's description, a legal basis, a note),
 * marked as such on an English page, so a screen reader reads it in Indonesian.
 */
export function inIndonesian(lang: Lang, text: string): Html | string {
  const marked = dataLang(lang);
  return marked === undefined ? text : html`<span lang="${marked}">${text}</span>`;
}
