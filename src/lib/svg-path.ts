// Shorter SVG path data, written straight from d3-geo as relative commands: the same
// shape as d3's absolute "M39,40L40,40L42,40Z" reads "M39,40l1,0l2,0z", whose small
// numbers take fewer bytes and compress better. Only moveTo, lineTo and closePath occur
// in projected polygons and lines (points, drawn with arc, are not used on the maps).

/** A d3-geo path context that rounds to `digits` decimals and writes relative steps. */
export class RelativePath {
  private readonly scale: number;
  private readonly digits: number;
  private text = "";
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  constructor(digits: number) {
    this.digits = digits;
    this.scale = 10 ** digits;
  }

  moveTo(x: number, y: number): void {
    const px = Math.round(x * this.scale);
    const py = Math.round(y * this.scale);
    this.text += `M${this.format(px)},${this.format(py)}`;
    this.x = this.startX = px;
    this.y = this.startY = py;
  }

  lineTo(x: number, y: number): void {
    const px = Math.round(x * this.scale);
    const py = Math.round(y * this.scale);
    if (px === this.x && py === this.y) return; // a step that rounds to nothing draws nothing
    this.text += `l${this.format(px - this.x)},${this.format(py - this.y)}`;
    this.x = px;
    this.y = py;
  }

  closePath(): void {
    this.text += "z";
    this.x = this.startX;
    this.y = this.startY;
  }

  beginPath(): void {
    // Each ring starts with moveTo; nothing to do.
  }

  arc(): void {
    // Points are not drawn on the maps.
  }

  /** The path written so far, and a fresh start for the next one. */
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }

  /** Exact for the chosen decimals: positions are whole numbers of 10^-digits. */
  private format(n: number): string {
    if (this.digits === 0) return String(n);
    return (n / this.scale).toFixed(this.digits).replace(/\.?0+$/, "") || "0";
  }
}
