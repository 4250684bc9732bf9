// The zoom button under every map (src/components/RegionMap.astro): with JavaScript, it
// swaps the SVG for a zoomable Leaflet map (map-island.ts), loaded only then.

for (const figure of document.querySelectorAll<HTMLElement>("figure.map")) {
  const button = figure.querySelector<HTMLButtonElement>("button.map-zoom")!;
  button.hidden = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    const { openMap } = await import("./map-island.ts");
    await openMap(figure);
    // Its work done, the button goes (hidden, a style that shows it from the first paint would
    // keep it on screen, disabled), and the keyboard's place moves to the map it opened.
    button.remove();
    figure.querySelector<HTMLElement>(".leaflet-container")?.focus();
  });
}
