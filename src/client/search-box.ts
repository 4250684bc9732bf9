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

let active = -1;

/** The results as a listbox of options (not links: an option may hold nothing interactive); a click or Enter opens one. */
const show = async () => {
  const results = search(await loadIndex(), input.value, 8);
  list.replaceChildren(
    ...results.map((entry, i) => {
      const item = document.createElement("li");
      item.id = `site-search-option-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.href = prefix + entry.path;
      item.textContent = entry.label;
      const note = document.createElement("small");
      note.textContent = entry.note;
      item.append(" ", note);
      item.addEventListener("click", () => window.location.assign(item.dataset.href!));
      return item;
    }),
  );
  choose(-1);
  input.setAttribute("aria-expanded", String(results.length > 0));
  status.textContent = input.value.trim() === "" ? "" : results.length === 0 ? form.dataset.none! : form.dataset.count!.replace("{n}", String(results.length));
};

/** Make option `index` the active one (-1: none), as arrow keys do; the input keeps focus. */
function choose(index: number): void {
  const options = [...list.querySelectorAll<HTMLElement>("[role=option]")];
  active = index;
  options.forEach((option, i) => {
    option.setAttribute("aria-selected", String(i === index));
    option.classList.toggle("active", i === index);
  });
  if (index >= 0) {
    input.setAttribute("aria-activedescendant", options[index]!.id);
    options[index]!.scrollIntoView({ block: "nearest" });
  } else input.removeAttribute("aria-activedescendant");
}

/** Close the list, keeping what was typed. */
function close(): void {
  list.replaceChildren();
  choose(-1);
  input.setAttribute("aria-expanded", "false");
}

input.addEventListener("focus", () => void loadRegions());
input.addEventListener("input", () => void show());
input.addEventListener("keydown", (event) => {
  const count = list.querySelectorAll("[role=option]").length;
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    if (count === 0) {
      void show();
      return;
    }
    const step = event.key === "ArrowDown" ? 1 : -1;
    choose(active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count);
  } else if (event.key === "Escape") {
    // The first Esc closes the list (a search field would clear itself: not yet); the next clears the box.
    if (count > 0) {
      event.preventDefault();
      close();
    } else input.value = "";
  } else if (event.key === "Enter" && active >= 0) {
    event.preventDefault();
    window.location.assign(list.querySelectorAll<HTMLElement>("[role=option]")[active]!.dataset.href!);
  }
});
document.addEventListener("click", (event) => {
  if (!form.contains(event.target as Node)) close();
});
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  await show();
  const first = list.querySelector<HTMLElement>("[role=option]");
  if (first) window.location.assign(first.dataset.href!);
});
