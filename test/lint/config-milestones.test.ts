// The config's `milestones` steering choice: validated at load, with the file named; a lint run reads
// the milestones it chooses.
import { describe, expect, it } from "vitest";
import { parseConfig, parseConfigText } from "../../src/lint/config.js";
import { lintSource } from "../../src/lint/fix.js";
import { UsageError } from "../../src/model/errors.js";

const DOC = ["# Plan", "", "## Phase 1: A", "- [ ] x", "", "## Phase 2: B", "- [ ] y", "", "## Releases", "", "| Release | Status |", "|---|---|", "| v1.0 | In progress |", "| v1.1 | In progress |", ""].join("\n");

describe("config: milestones", () => {
  it("accepts a heading level, a table nth and a list nth, alone or beside rules", () => {
    expect(parseConfig({ milestones: { carrier: "heading", level: 2 } }, "rc").milestones).toEqual({ carrier: "heading", level: 2 });
    expect(parseConfig({ milestones: { carrier: "table", nth: 2 } }, "rc").milestones).toEqual({ carrier: "table", nth: 2 });
    expect(parseConfig({ milestones: { carrier: "heading", level: 3, nth: 2 } }, "rc").milestones).toEqual({ carrier: "heading", level: 3, nth: 2 });
    const both = parseConfig({ rules: { stale: "off" }, milestones: { carrier: "list", nth: 1 } }, "rc");
    expect(both).toEqual({ rules: { stale: { severity: "off" } }, milestones: { carrier: "list", nth: 1 }, source: "rc" });
    expect(parseConfig({}, "rc").milestones).toBeUndefined();
  });

  it.each([
    [{ carrier: "kanban", nth: 1 }, /^config: x\/\.roadmarkrc\.json: milestones: unknown milestone carrier "kanban": expected heading, table, list, paragraph$/u],
    [{ carrier: "paragraph" }, /a paragraph choice needs "nth"/u],
    [{ carrier: "paragraph", nth: 1, level: 2 }, /unknown key "level" at milestones, a paragraph choice takes "carrier" and "nth"/u],
    [{ level: 2 }, /unknown milestone carrier undefined/u],
    [{ carrier: "heading" }, /a heading choice needs "level" from 1 to 6/u],
    [{ carrier: "heading", level: 7 }, /a heading choice needs "level" from 1 to 6/u],
    [{ carrier: "heading", level: "2" }, /a heading choice needs "level"/u],
    [{ carrier: "table" }, /a table choice needs "nth"/u],
    [{ carrier: "list", nth: 1.5 }, /a list choice needs "nth"/u],
    [{ carrier: "table", nth: 1, level: 2 }, /^config: x\/\.roadmarkrc\.json: unknown key "level" at milestones, a table choice takes "carrier" and "nth"$/u],
    [{ carrier: "heading", level: 2, nth: 0 }, /a heading choice's "nth" counts from 1/u],
    [{ carrier: "heading", level: 2, nth: "2" }, /a heading choice's "nth" counts from 1/u],
    [{ carrier: "heading", level: 2, count: 2 }, /unknown key "count" at milestones, a heading choice takes "carrier", "level" and "nth"/u],
    [[{ carrier: "heading", level: 2 }], /milestones must be an object/u],
    [null, /milestones must be an object/u],
  ])("refuses %j with a one-line UsageError naming the file", (milestones, message) => {
    let err: unknown;
    try {
      parseConfig({ milestones }, "x/.roadmarkrc.json");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).code).toBe("BAD_INPUT");
    expect((err as UsageError).message).toMatch(message);
    expect((err as UsageError).message).not.toContain("\n");
  });

  it("package.json's \"roadmark\" key carries it too", () => {
    expect(parseConfigText(JSON.stringify({ name: "p", roadmark: { milestones: { carrier: "table", nth: 1 } } }), "package.json", "roadmark").milestones).toEqual({ carrier: "table", nth: 1 });
  });

  it("lint reads the milestones the config chooses", () => {
    const plain = lintSource(DOC, { only: ["single-in-progress"] });
    expect(plain.roadmap.milestones.map((m) => m.id)).toEqual(["Phase 1", "Phase 2"]);
    expect(plain.result.diagnostics).toEqual([]);
    const steered = lintSource(DOC, { only: ["single-in-progress"], config: parseConfig({ milestones: { carrier: "table", nth: 1 } }, "rc") });
    expect(steered.roadmap.milestones.map((m) => m.id)).toEqual(["v1.0", "v1.1"]);
    expect(steered.result.diagnostics.map((d) => d.ruleId)).toEqual(["single-in-progress"]);
  });
});
