import { describe, expect, it } from "vitest";
import { RelativePath } from "../../src/map/svg-path.ts";

/** Draw rings of points, each closed, as the maps draw a polygon. */
function draw(rings: readonly (readonly [number, number][])[]): string {
  const path = new RelativePath();
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
    path.closePath();
  }
  return path.take();
}

describe("RelativePath", () => {
  it("writes each line as a step from the last point, and closes with z", () => {
    expect(draw([[[39, 40], [40, 40], [42, 40], [41, 43]]])).toBe("M39,40l1,0l2,0l-1,3z");
  });

  it("starts each ring afresh, and a step after z counts from the ring's start", () => {
    expect(draw([[[10, 10], [12, 10]], [[20, 20], [20, 25]]])).toBe("M10,10l2,0zM20,20l0,5z");
  });

  it("leaves out a step that rounds to nothing, and still closes the ring", () => {
    expect(draw([[[10, 10], [10.4, 10.3], [12.2, 10], [12.1, 9.8], [10, 12]]])).toBe("M10,10l2,0l-2,2z");
  });

  it("rounds to whole units, and starts afresh after take()", () => {
    const path = new RelativePath();
    path.moveTo(1.4, 2.6);
    path.lineTo(3.5, 2.6);
    expect(path.take()).toBe("M1,3l3,0");
    path.moveTo(5, 5);
    expect(path.take()).toBe("M5,5");
  });
});
