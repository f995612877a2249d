import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TEMPLATE } from "../harness/paths.js";
import { ROADMAP_TEMPLATE } from "../../src/templates/roadmap-template.js";

describe("bundled template", () => {
  it("equals ../shared/templates/ROADMAP.template.md byte for byte", () => {
    expect(Buffer.from(ROADMAP_TEMPLATE, "utf8").equals(readFileSync(TEMPLATE))).toBe(true);
  });
});
