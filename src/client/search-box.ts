// The search box in every page's header (src/views/frame.ts): one index for every
// region and case, fetched on first focus or keystroke, searched offline. Without
// JavaScript the box stays hidden.
import { search, type SearchEntry } from "./search.ts";

const form = document.querySelector<HTMLFormElement>("form.search")!;
const input = form.querySelector("input")!;
const list = form.querySelector("ul")!;
const status = form.querySelector("p")!;
const prefix = form.dataset.lang === "en" ? "/en" : "";
let index: Promise<SearchEntry[]> | undefined;
/** The index, fetched once, on first focus or first keystroke. */
const loadIndex = () => (index ??= fetch(form.dataset.index!).then((r) => r.json() as Promise<SearchEntry[]>));
form.hidden = false;

const show = async () => {
  const results = search(await loadIndex(), input.value, 8);
  list.replaceChildren(
    ...results.map((entry) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = prefix + entry.path;
      link.textContent = entry.label;
      const note = document.createElement("small");
      note.textContent = entry.note;
      link.append(" ", note);
      item.append(link);
      return item;
    }),
  );
  status.textContent = input.value.trim() === "" ? "" : results.length === 0 ? form.dataset.none! : form.dataset.count!.replace("{n}", String(results.length));
};
input.addEventListener("focus", () => void loadIndex());
input.addEventListener("input", () => void show());
input.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    input.value = "";
    void show();
  }
});
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  await show();
  const first = list.querySelector("a");
  if (first) window.location.assign(first.href);
});
