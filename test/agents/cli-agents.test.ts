// End-to-end: `roadmark instructions`, `roadmark agents` and `roadmark guard` through the built
// CLI (run `npm run build` first), in throwaway directories.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../harness/cli.js";

const ROADMAP = readFileSync(new URL("../fixtures/edit/criterion/basic.md", import.meta.url), "utf8");

/** A temp git work tree (a `.git` folder is all roadmark looks for) with a roadmap and a subfolder. */
function repo(): { root: string; sub: string } {
  const root = tempDir("rm-agents-");
  mkdirSync(path.join(root, ".git"));
  const sub = path.join(root, "src", "deep");
  mkdirSync(sub, { recursive: true });
  writeFileSync(path.join(root, "ROADMAP.md"), ROADMAP);
  return { root, sub };
}

describe("roadmark instructions", () => {
  it("prints the whole guide, or one topic", () => {
    const all = runCli(["instructions"]);
    expect(all).toMatchObject({ code: 0, stderr: "" });
    expect(all.stdout).toMatch(/^# Working the roadmap with roadmark\n/);
    for (const h of ["## Reading the roadmap", "## Editing through roadmark", "## The gates", "## MCP tools", "## Never"]) expect(all.stdout).toContain(h);
    const gates = runCli(["instructions", "gates"]);
    expect(gates.code).toBe(0);
    expect(gates.stdout).toMatch(/^## The gates\n/);
    expect(gates.stdout).not.toContain("## Never");
  });
  it("an unknown topic is exit 2, listing the topics", () => {
    const r = runCli(["instructions", "secrets"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe('roadmark: unknown topic "secrets": expected one of reading, editing, gates, mcp, never');
  });
});

describe("roadmark agents", () => {
  it("creates AGENTS.md at the top of the work tree; a second run changes nothing", () => {
    const { root, sub } = repo();
    let r = runCli(["agents"], { cwd: sub });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("AGENTS.md: written");
    const file = path.join(root, "AGENTS.md");
    const first = readFileSync(file, "utf8");
    expect(first).toMatch(/^<!-- roadmark:start -->\n<!-- written by roadmark \S+;/);
    expect(first.trimEnd().endsWith("<!-- roadmark:end -->")).toBe(true);
    r = runCli(["agents"], { cwd: root });
    expect(r.stdout).toBe("AGENTS.md: up to date\n");
    expect(readFileSync(file, "utf8")).toBe(first);
  });

  it("refreshes only the block of an existing CRLF AGENTS.md and adds @AGENTS.md to CLAUDE.md once", () => {
    const { root } = repo();
    const before = "# House rules\r\n\r\nUse pnpm.\r\n\r\n";
    const after = "\r\n\r\n## Later notes\r\nkeep\r\n";
    writeFileSync(path.join(root, "AGENTS.md"), `${before}<!-- roadmark:start -->\r\nstale\r\n<!-- roadmark:end -->${after}`);
    writeFileSync(path.join(root, "CLAUDE.md"), "# Claude\r\n");
    let r = runCli(["agents"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("AGENTS.md: updated\nCLAUDE.md: updated\n");
    const text = readFileSync(path.join(root, "AGENTS.md"), "utf8");
    expect(text.startsWith(before + "<!-- roadmark:start -->\r\n<!-- written by roadmark")).toBe(true);
    expect(text.endsWith("<!-- roadmark:end -->" + after)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(readFileSync(path.join(root, "CLAUDE.md"), "utf8")).toBe("# Claude\r\n\r\n@AGENTS.md\r\n");
    r = runCli(["agents"], { cwd: root });
    expect(r.stdout).toBe("AGENTS.md: up to date\n");
    expect(readFileSync(path.join(root, "CLAUDE.md"), "utf8")).toBe("# Claude\r\n\r\n@AGENTS.md\r\n");
  });

  it("--skill claude|agents installs SKILL.md idempotently; an unknown host is exit 2", () => {
    const { root } = repo();
    for (const [host, dir] of [["claude", ".claude/skills/roadmark"], ["agents", ".agents/skills/roadmark"]] as const) {
      let r = runCli(["agents", "--skill", host], { cwd: root });
      expect(r).toMatchObject({ code: 0, stdout: `${dir}/SKILL.md: written\n` });
      const skill = readFileSync(path.join(root, dir, "SKILL.md"), "utf8");
      expect(skill).toMatch(/^---\nname: roadmark\ndescription: ".*roadmap.*milestone.*acceptance criteria.*"\n---\n/);
      r = runCli(["agents", "--skill", host], { cwd: root });
      expect(r.stdout).toBe(`${dir}/SKILL.md: up to date\n`);
    }
    expect(existsSync(path.join(root, "AGENTS.md"))).toBe(false);
    const r = runCli(["agents", "--skill", "vim"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^roadmark: --skill: unknown host "vim": expected one of claude, agents\n/);
  });
});

describe("roadmark guard (Claude Code PreToolUse events)", () => {
  const hook = (cwd: string, tool_name: string, tool_input: Record<string, unknown>): string =>
    JSON.stringify({ session_id: "s1", transcript_path: "/tmp/t.jsonl", cwd, permission_mode: "default", hook_event_name: "PreToolUse", tool_name, tool_input, tool_use_id: "toolu_1" });

  it("blocks a Write of the roadmap that drops a criterion: exit 2 and a message for the agent", () => {
    const { root } = repo();
    const file = path.join(root, "ROADMAP.md");
    const r = runCli(["guard"], { cwd: root, input: hook(root, "Write", { file_path: file, content: ROADMAP.replace("- [ ] CSV export\n", "") }) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^roadmark guard: blocked: this write to ROADMAP\.md would drop 1 criterion \(M2 "CSV export"\)\.\n/);
    expect(r.stderr).toContain("roadmark criterion add|edit|remove");
  });

  it("blocks an Edit or MultiEdit that removes a milestone; the event's cwd locates the roadmap", () => {
    const { root, sub } = repo();
    const noM2 = { old_string: ROADMAP.slice(ROADMAP.indexOf("## M2"), ROADMAP.indexOf("## Notes")), new_string: "" };
    const row = { old_string: "| M2 | Export | Exports | Planned |\n", new_string: "" };
    let r = runCli(["guard"], { cwd: sub, input: hook(root, "MultiEdit", { file_path: "ROADMAP.md", edits: [noM2, row] }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would drop milestone M2\./);
    r = runCli(["guard"], { cwd: root, input: hook(sub, "Edit", { file_path: "../../ROADMAP.md", ...noM2 }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would drop 2 criteria \(M2 "JSON export", M2 "CSV export"\)/);
  });

  it("allows, silently, ticks and additions, other files and other tools", () => {
    const { root } = repo();
    const file = path.join(root, "ROADMAP.md");
    for (const input of [
      hook(root, "Edit", { file_path: file, old_string: "- [ ] JSON export", new_string: "- [x] JSON export" }),
      hook(root, "Write", { file_path: file, content: ROADMAP + "\n## Appendix\n" }),
      hook(root, "Write", { file_path: path.join(root, "README.md"), content: "" }),
      hook(root, "Bash", { command: "rm ROADMAP.md" }),
      hook(root, "Edit", { file_path: file, old_string: "not in the file", new_string: "" }),
    ]) {
      const r = runCli(["guard"], { cwd: root, input });
      expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    }
  });

  it("unreadable input never blocks: exit 0 with a note on stderr", () => {
    const { root } = repo();
    for (const input of ["", "not json", '{"tool_name":"Write","tool_input":{}}']) {
      const r = runCli(["guard"], { cwd: root, input });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^roadmark guard: note: allowed; could not check this event \(.+\)\n$/);
    }
  });
});
