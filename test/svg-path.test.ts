import { describe, expect, it } from "vitest";
import { RelativePath } from "../src/lib/svg-path.ts";

/** Draw rings of points, each closed, as d3-geo does for a polygon. */
function draw(digits: number, rings: readonly (readonly [number, number][])[], close = true): string {
  const path = new RelativePath(digits);
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
    if (close) path.closePath();
  }
  return path.take();
}

describe("RelativePath", () => {
  it("writes each line as a step from the last point, and closes with z", () => {
    expect(draw(0, [[[39, 40], [40, 40], [42, 40], [41, 43]]])).toBe("M39,40l1,0l2,0l-1,3z");
  });

  it("starts each ring afresh, and a step after z counts from the ring's start", () => {
    expect(draw(0, [[[10, 10], [12, 10]], [[20, 20], [20, 25]]])).toBe("M10,10l2,0zM20,20l0,5z");
  });

  it("stays exact with decimals, without float noise", () => {
    expect(draw(1, [[[310.3, 345.9], [330.3, 331], [306.3, 345]]], false)).toBe("M310.3,345.9l20,-14.9l-24,14");
  });

  it("leaves out a step that rounds to nothing, and still closes the ring", () => {
    expect(draw(0, [[[10, 10], [10.4, 10.3], [12.2, 10], [12.1, 9.8], [10, 12]]])).toBe("M10,10l2,0l-2,2z");
  });

  it("rounds to the chosen decimals, and starts afresh after take()", () => {
    const path = new RelativePath(0);
    path.moveTo(1.4, 2.6);
    path.lineTo(3.5, 2.6);
    expect(path.take()).toBe("M1,3l3,0");
    path.moveTo(5, 5);
    expect(path.take()).toBe("M5,5");
  });
});
