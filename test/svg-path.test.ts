import { describe, expect, it } from "vitest";
import { relativePath } from "../src/lib/svg-path.ts";

describe("relativePath", () => {
  it("writes each line as a step from the last point, and closes with z", () => {
    expect(relativePath("M39,40L40,40L42,40L41,43Z", 0)).toBe("M39,40l1,0l2,0l-1,3z");
  });

  it("starts each ring afresh, and a step after z counts from the ring's start", () => {
    expect(relativePath("M10,10L12,10ZM20,20L20,25Z", 0)).toBe("M10,10l2,0zM20,20l0,5z");
  });

  it("stays exact with decimals, without float noise", () => {
    expect(relativePath("M310.3,345.9L330.3,331L306.3,345", 1)).toBe("M310.3,345.9l20,-14.9l-24,14");
  });
});
