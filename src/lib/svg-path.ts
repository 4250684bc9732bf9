// Shorter SVG path data: d3-geo writes absolute commands ("M39,40L40,40L42,40Z"); the
// same shape in relative commands ("M39,40l1,0l2,0z") has small numbers that take fewer
// bytes and compress better. Only M, L and Z occur in projected polygons and lines.

/** `d` with every L as a relative l (and Z as z), exact for `digits` decimals. */
export function relativePath(d: string, digits: number): string {
  const scale = 10 ** digits;
  const format = (n: number) => {
    const text = (n / scale).toFixed(digits);
    return digits > 0 ? text.replace(/\.?0+$/, "") || "0" : text;
  };
  let out = "";
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const match of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const command = match[1]!.toUpperCase();
    if (command === "Z") {
      out += "z";
      x = startX;
      y = startY;
      continue;
    }
    const [px, py] = match[2]!.split(",").map((n) => Math.round(Number(n) * scale)) as [number, number];
    if (command === "M") {
      out += `M${format(px)},${format(py)}`;
      startX = px;
      startY = py;
    } else {
      out += `l${format(px - x)},${format(py - y)}`;
    }
    x = px;
    y = py;
  }
  return out;
}
