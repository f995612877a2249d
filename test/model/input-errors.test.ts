// The library names no CLI flag: a wrong input is an InputError with the option's name and the
// problem, and the CLI (tested end to end elsewhere) words it with its own flags.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addMilestone } from "../../src/edit/operations/add.js";
import { initRoadmap } from "../../src/edit/operations/init.js";
import { parseSince } from "../../src/history/read-history.js";
import { readTextFile, resolveRoadmapPath } from "../../src/io/read-file.js";
import { InputError } from "../../src/model/errors.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { ROADMAP_TEMPLATE } from "../../src/templates/roadmap-template.js";

function caught(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

async function caughtAsync(f: () => Promise<unknown>): Promise<InputError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

const noFlag = (e: InputError): void => {
  expect(e.message).not.toMatch(/(^|\s)--?[a-z]/);
  expect(e.hint ?? "").not.toMatch(/(^|\s|`)--?[a-z]/);
};

describe("InputError: typed, neutral, with the option named", () => {
  it("no roadmap found → option file, problem missing, NOT_FOUND", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "roadmark-input-"));
    const e = caught(() => resolveRoadmapPath(undefined, dir));
    expect([e.option, e.problem, e.code]).toEqual(["file", "missing", "NOT_FOUND"]);
    noFlag(e);
  });

  it("a file over the limit → option maxSize, problem too-large", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "roadmark-input-"));
    const f = path.join(dir, "ROADMAP.md");
    writeFileSync(f, "# R\n".repeat(100));
    const e = await caughtAsync(() => readTextFile(f, "ROADMAP.md", 10));
    expect([e.option, e.problem, e.code]).toEqual(["maxSize", "too-large", "BAD_INPUT"]);
    expect(e.message).toBe("ROADMAP.md: file too large (400 B, limit 10 B)");
    noFlag(e);
  });

  it("an empty criterion or deliverable, a milestone count out of range, a bad date", () => {
    const r = parseRoadmap(ROADMAP_TEMPLATE);
    const c = caught(() => addMilestone(r, { title: "X", criteria: [" "] }));
    expect([c.option, c.problem, c.message]).toEqual(["criterion", "empty", "add: a criterion is empty"]);
    const d = caught(() => addMilestone(r, { title: "X", deliverables: [""] }));
    expect([d.option, d.problem, d.message]).toEqual(["deliverable", "empty", "add: a deliverable is empty"]);
    const m = caught(() => initRoadmap({ milestones: 0 }));
    expect([m.option, m.problem]).toEqual(["milestones", "out-of-range"]);
    expect(m.message).toMatch(/^milestones must be between 1 and \d+, got 0$/);
    const s = caught(() => parseSince("soon"));
    expect([s.option, s.problem, s.message]).toEqual(["since", "invalid", 'since: not a date: "soon"']);
    for (const e of [c, d, m, s]) noFlag(e);
  });
});
