import { describe, expect, it } from "vitest";
import { droppedContent, guardMessage, readGuardEvent, resultingText, type GuardEvent } from "./guard.js";

const ROADMAP = `# Roadmap

| Milestone | Status |
|---|---|
| M0 | Done |
| M1 | In Progress |

## M0: Base

- [x] Parser
- [x] Status

## M1: Next

- [ ] Import
- [ ] Export
`;

/** A PreToolUse event as Claude Code sends it. */
function event(tool_name: string, tool_input: Record<string, unknown>): string {
  return JSON.stringify({
    session_id: "abc123",
    transcript_path: "/home/u/.claude/projects/p/abc123.jsonl",
    cwd: "/home/u/p",
    permission_mode: "default",
    hook_event_name: "PreToolUse",
    tool_name,
    tool_input,
    tool_use_id: "toolu_01",
  });
}

describe("guard: reading events", () => {
  it("reads Write, Edit and MultiEdit; ignores other tools", () => {
    expect(readGuardEvent(event("Write", { file_path: "/home/u/p/ROADMAP.md", content: "x" }))).toEqual({ tool: "Write", filePath: "/home/u/p/ROADMAP.md", cwd: "/home/u/p", content: "x" });
    expect(readGuardEvent(event("Edit", { file_path: "ROADMAP.md", old_string: "a", new_string: "b", replace_all: true }))).toMatchObject({ edits: [{ old_string: "a", new_string: "b", replace_all: true }] });
    expect(readGuardEvent(event("MultiEdit", { file_path: "ROADMAP.md", edits: [{ old_string: "a", new_string: "b" }, { old_string: "c", new_string: "" }] }))).toMatchObject({ tool: "MultiEdit", edits: [{ old_string: "a" }, { old_string: "c" }] });
    expect(readGuardEvent(event("Bash", { command: "cat > ROADMAP.md" }))).toBe("ignore");
  });
  it("throws a BAD_INPUT error on what it cannot read", () => {
    for (const bad of ["{", "[]", '{"tool_input":{}}', event("Write", { file_path: "x" }), event("Edit", { file_path: "x", old_string: 1 }), event("MultiEdit", { file_path: "x" })])
      expect(() => readGuardEvent(bad)).toThrowError(expect.objectContaining({ name: "UsageError", code: "BAD_INPUT" }));
  });
});

describe("guard: what a write drops", () => {
  const edit = (edits: GuardEvent["edits"]): GuardEvent => ({ tool: "Edit", filePath: "ROADMAP.md", cwd: undefined, ...(edits ? { edits } : {}) });
  it("applies edits in order, replace_all included; an edit that does not apply gives undefined", () => {
    expect(resultingText("a b a", edit([{ old_string: "a", new_string: "x" }]))).toBe("x b a");
    expect(resultingText("a b a", edit([{ old_string: "a", new_string: "$&y", replace_all: true }, { old_string: "b", new_string: "c" }]))).toBe("$&y c $&y");
    expect(resultingText("a", edit([{ old_string: "zz", new_string: "x" }]))).toBeUndefined();
  });
  it("ticking, adding and rewording prose drop nothing", () => {
    const after = ROADMAP.replace("- [ ] Import", "- [x] Import").replace("- [ ] Export", "- [ ] Export\n- [ ] Docs").replace("# Roadmap", "# Our roadmap");
    expect(droppedContent(ROADMAP, after)).toEqual({ milestones: [], criteria: [] });
  });
  it("a removed milestone or criterion, or a reworded criterion, is dropped", () => {
    const noM1 = ROADMAP.replace(/\| M1 .*\n/, "").replace(/## M1[\s\S]*$/, "");
    expect(droppedContent(ROADMAP, noM1)).toEqual({ milestones: ["M1"], criteria: [] });
    expect(droppedContent(ROADMAP, ROADMAP.replace("- [ ] Export\n", ""))).toEqual({ milestones: [], criteria: [{ milestone: "M1", text: "Export" }] });
    expect(droppedContent(ROADMAP, ROADMAP.replace("Status\n", "Status command\n")).criteria).toEqual([{ milestone: "M0", text: "Status" }]);
    expect(droppedContent(ROADMAP, "")).toEqual({ milestones: ["M0", "M1"], criteria: [] });
  });
  it("the message names what is dropped and the edits to use", () => {
    const msg = guardMessage("ROADMAP.md", { milestones: ["M1"], criteria: [{ milestone: "M0", text: "Parser" }] });
    expect(msg).toMatch(/^roadmark guard: blocked: this write to ROADMAP\.md would drop milestone M1 and 1 criterion \(M0 "Parser"\)\./);
    expect(msg).toContain("roadmark criterion add|edit|remove");
    expect(msg).toContain("roadmap_edit");
  });
});
