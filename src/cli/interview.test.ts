import { describe, expect, it } from "vitest";
import { askAdd, askInit, type Ask } from "./interview.js";

/** An `ask` that answers from a script and records the questions and what was said. */
function scripted(answers: readonly string[]): { ask: Ask; questions: string[]; said: string[] } {
  const questions: string[] = [];
  const said: string[] = [];
  const queue = [...answers];
  const ask: Ask = async (q: string) => {
    questions.push(q);
    if (queue.length === 0) throw new Error(`unexpected question ${q}`);
    return queue.shift()!;
  };
  ask.say = (line) => void said.push(line);
  return { ask, questions, said };
}

describe("askInit", () => {
  it("asks the name, then title, focus, goal, criteria and deliverables per milestone until an empty title", async () => {
    const s = scripted(["", "Core", "", "Build it.", "One", "Two", "", "", "Next", "Web", "Ship it.", "Three", "", "d1", "", ""]);
    const a = await askInit(s.ask, { defaultName: "tide" });
    expect(a).toEqual({
      name: "tide",
      drafts: [
        { title: "Core", goal: "Build it.", criteria: ["One", "Two"], deliverables: [] },
        { title: "Next", focus: "Web", goal: "Ship it.", criteria: ["Three"], deliverables: ["d1"] },
      ],
    });
    expect(s.questions[0]).toBe("Project name (tide): ");
  });

  it("does not ask a name given by flag; insists on a first title, a goal and one criterion", async () => {
    const s = scripted(["", "Core", "", "", "Goal.", "", "C", "", "", ""]);
    const a = await askInit(s.ask, { name: "Given", defaultName: "x" });
    expect(a.name).toBe("Given");
    expect(a.drafts).toEqual([{ title: "Core", goal: "Goal.", criteria: ["C"], deliverables: [] }]);
    expect(s.said).toEqual(expect.arrayContaining(["At least one milestone: give M0 a title.", "A milestone needs a goal: what is true when it is done?", "A milestone needs at least one acceptance criterion."]));
    expect(s.questions.some((q) => q.startsWith("Project name"))).toBe(false);
  });
});

describe("askAdd", () => {
  it("asks only what the flags did not give", async () => {
    const s = scripted(["The goal.", "c1", "", ""]);
    const a = await askAdd(s.ask, "M4", { focus: "Given focus" });
    expect(a).toEqual({ focus: "Given focus", goal: "The goal.", criteria: ["c1"], deliverables: [] });
    expect(s.questions).toEqual(["M4 goal: ", "M4 acceptance criterion 1: ", "M4 acceptance criterion 2 (empty to finish): ", "M4 key deliverable 1 (empty to finish): "]);
  });
});
