// The search box in every page's header (src/views/frame.ts): the regions' index, fetched
// on first focus, and the cases' (their names and descriptions, which grow with the
// record), fetched on the first query; searched offline. Without JavaScript the box
// stays hidden.
import { search, type SearchEntry } from "./search.ts";

const form = document.querySelector<HTMLFormElement>("form.search")!;
const input = form.querySelector("input")!;
const list = form.querySelector("ul")!;
const status = form.querySelector("p")!;
const prefix = form.dataset.lang === "en" ? "/en" : "";
let regions: Promise<SearchEntry[]> | undefined;
let cases: Promise<SearchEntry[]> | undefined;
const fetchIndex = (url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<SearchEntry[]>) : []));
/** The regions' index, fetched once, on first focus or first keystroke. */
const loadRegions = () => (regions ??= fetchIndex(form.dataset.index!));
/** Regions and cases: the cases' index is fetched once, on the first query. */
const loadIndex = async () => [...(await loadRegions()), ...(await (cases ??= fetchIndex(form.dataset.cases!)))];
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
input.addEventListener("focus", () => void loadRegions());
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
