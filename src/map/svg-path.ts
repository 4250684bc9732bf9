// Shorter SVG path data for the maps: whole units as relative commands. The same shape as
// the absolute "M39,40L40,40L42,40Z" reads "M39,40l1,0l2,0z", whose small numbers take
// fewer bytes and compress better. Positions are rounded first and the steps taken
// between rounded positions, so rounding never adds up along a ring.

/** Writes moveTo, lineTo and closePath in whole units as relative steps. */
export class RelativePath {
  private text = "";
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  moveTo(x: number, y: number): void {
    this.x = this.startX = Math.round(x);
    this.y = this.startY = Math.round(y);
    this.text += `M${this.x},${this.y}`;
  }

  lineTo(x: number, y: number): void {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px === this.x && py === this.y) return; // a step that rounds to nothing draws nothing
    this.text += `l${px - this.x},${py - this.y}`;
    this.x = px;
    this.y = py;
  }

  closePath(): void {
    this.text += "z";
    this.x = this.startX;
    this.y = this.startY;
  }

  /** The path written so far, and a fresh start for the next one. */
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
}
