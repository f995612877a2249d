import { describe, expect, it } from "vitest";
import { agentsBlock, BLOCK_END, BLOCK_START, SKILL_DESCRIPTION, skillMarkdown, upsertBlock, withAgentsImport } from "./agents-file.js";
import { agentGuide, GUIDE_TOPICS, guideTopic } from "./guide.js";

const BLOCK = agentsBlock("1.2.3");

describe("AGENTS.md block", () => {
  it("creates the file content when there is none, with a version line", () => {
    const text = upsertBlock(undefined, BLOCK);
    expect(text.startsWith(`${BLOCK_START}\n<!-- written by roadmark 1.2.3;`)).toBe(true);
    expect(text.endsWith(`${BLOCK_END}\n`)).toBe(true);
  });

  it("appends after the author's text, and a second run changes nothing", () => {
    const mine = "# Agents\n\nRun `npm test` before you commit.\n";
    const once = upsertBlock(mine, BLOCK);
    expect(once).toBe(`${mine}\n${BLOCK}\n`);
    expect(upsertBlock(once, BLOCK)).toBe(once);
    expect(upsertBlock("no newline", BLOCK)).toBe(`no newline\n\n${BLOCK}\n`);
  });

  it("replaces only the text between the markers; text before and after stays byte for byte", () => {
    const before = "Intro  \n\n";
    const after = "\n\n## Mine\ntrailing text without newline";
    const old = `${before}${BLOCK_START}\nold block from 0.0.1\n${BLOCK_END}${after}`;
    const next = upsertBlock(old, BLOCK);
    expect(next).toBe(`${before}${BLOCK}${after}`);
    expect(upsertBlock(next, agentsBlock("1.2.3"))).toBe(next);
  });

  it("keeps CRLF files CRLF", () => {
    const old = "# Agents\r\n\r\nBe kind.\r\n";
    const next = upsertBlock(old, BLOCK);
    expect(next.startsWith(old)).toBe(true);
    expect(next.replace(/\r\n/g, "")).not.toContain("\n");
    expect(upsertBlock(next, BLOCK)).toBe(next);
  });
});

describe("CLAUDE.md import", () => {
  it("adds @AGENTS.md once, keeping line ends", () => {
    expect(withAgentsImport("# Claude\n")).toBe("# Claude\n\n@AGENTS.md\n");
    expect(withAgentsImport("# Claude\r\nx\r\n")).toBe("# Claude\r\nx\r\n\r\n@AGENTS.md\r\n");
    expect(withAgentsImport("")).toBe("@AGENTS.md\n");
    expect(withAgentsImport("see\n@AGENTS.md\nmore\n")).toBeUndefined();
    expect(withAgentsImport("  @./AGENTS.md\r\n")).toBeUndefined();
  });
});

describe("Agent Skill", () => {
  it("has front matter with name roadmark and a description under 1024 characters naming roadmap, milestone, acceptance criteria", () => {
    const md = skillMarkdown("1.2.3");
    const fm = /^---\nname: (.+)\ndescription: (.+)\n---\n/.exec(md);
    expect(fm).not.toBeNull();
    expect(fm![1]).toBe("roadmark");
    const description = JSON.parse(fm![2]!) as string;
    expect(description).toBe(SKILL_DESCRIPTION);
    expect(description.length).toBeLessThanOrEqual(1024);
    for (const word of ["roadmap", "milestone", "acceptance criteria"]) expect(description).toContain(word);
    expect(md).toContain(agentGuide().trimEnd());
  });
});

describe("the guide", () => {
  it("covers the reading, the edit commands and tools, the gates and what never to do", () => {
    const guide = agentGuide();
    for (const t of GUIDE_TOPICS) expect(guide).toContain(guideTopic(t));
    for (const s of ["status --json", "--expect-hash", "expectedHash", "criterion add", "roadmark set", "roadmark depend", "roadmap_status", "roadmap_milestone", "roadmap_lint", "roadmap_edit", "roadmap_verify", "One milestone at a time", "Dependencies before start", "Criteria before done", "Never rewrite the roadmap file by hand"])
      expect(guide).toContain(s);
    for (const op of ["tick", "untick", "start", "done", "block", "cancel", "add_milestone", "add_criterion", "edit_criterion", "remove_criterion", "set_field", "depend", "undepend", "learn"])
      expect(guideTopic("mcp")).toContain(`\`${op}\``);
  });
});
