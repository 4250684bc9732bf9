// The zoom button under every map (src/components/RegionMap.astro): with JavaScript, it
// swaps the SVG for a zoomable Leaflet map (map-island.ts), loaded only then.

for (const figure of document.querySelectorAll<HTMLElement>("figure.map")) {
  const button = figure.querySelector<HTMLButtonElement>("button.map-zoom")!;
  button.hidden = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    const { openMap } = await import("./map-island.ts");
    await openMap(figure);
    button.hidden = true;
  });
}
