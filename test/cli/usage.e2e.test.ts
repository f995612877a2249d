// Review findings on the command line: one-line usage errors, --format json, early-closed
// pipes, conflicting file arguments, terminal-safe output.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { streamWriter } from "../../src/cli/context.js";
import { terminalSafe } from "../../src/render/terminal/safe-text.js";
import { runCli } from "../harness/cli.js";
import { CLI, ROOT } from "../harness/paths.js";

const EXAMPLE = path.join(ROOT, "examples/ROADMAP.md");

describe("usage errors from argument parsing", () => {
  it.each([
    [["status", "--bogus"], "roadmark: unknown option '--bogus'"],
    [["block", "M2"], "roadmark: required option '--reason <text>' not specified"],
    [["bogus"], "roadmark: unknown command 'bogus'"],
  ])("%j → exit 2 and a `roadmark:` line", (args, line) => {
    const r = runCli(args as string[], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(line);
  });

  it("FILE and a different -f are a usage error", () => {
    const r = runCli(["status", EXAMPLE, "-f", "ROADMAP.md"], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^roadmark: status: two roadmaps given/);
    expect(runCli(["status", EXAMPLE, "-f", EXAMPLE], { cwd: ROOT }).code).toBe(0);
  });
});

describe("--format json is --json", () => {
  it.each([["status"], ["next"]])("%s", (cmd) => {
    const a = runCli([cmd, "-f", EXAMPLE, "--json"]);
    const b = runCli([cmd, "-f", EXAMPLE, "--format", "json"]);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(() => JSON.parse(b.stdout)).not.toThrow();
  });
});

describe("a reader that closes early", () => {
  it("is not an error and prints no stack trace", () => {
    const r = spawnSync("bash", ["-c", `node ${JSON.stringify(CLI)} render html -f ${JSON.stringify(EXAMPLE)} | head -c 10 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`], { encoding: "utf8", cwd: ROOT });
    expect(r.stdout.trim()).toBe("rc=0");
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe("terminal-safe output", () => {
  it("turns control characters and escape sequences into visible symbols, keeping colour codes", () => {
    expect(terminalSafe("Evil \u001b]0;pwned\u0007\u001b[2Jx")).toBe("Evil ␛]0;pwned␇␛[2Jx");
    expect(terminalSafe("\u001b[31mred\u001b[39m\tok\n")).toBe("\u001b[31mred\u001b[39m\tok\n");
    expect(terminalSafe("\u009b2J \u007f")).toBe("\ufffd2J \u2421");
    expect(terminalSafe("plain ✅ 進行中")).toBe("plain ✅ 進行中");
  });

  it("is applied only when the stream is a terminal, so piped bytes stay exact", () => {
    const written: string[] = [];
    const hostile = "## M0: \u001b]0;x\u0007";
    streamWriter({ isTTY: true, write: (s) => written.push(s) })(hostile);
    streamWriter({ isTTY: false, write: (s) => written.push(s) })(hostile);
    expect(written).toEqual(["## M0: ␛]0;x␇", hostile]);
  });
});

describe("history --since", () => {
  it("refuses a calendar date that does not exist instead of rolling it over", async () => {
    const { parseSince } = await import("../../src/history/read-history.js");
    expect(() => parseSince("2026-02-30")).toThrowError(/not a date: "2026-02-30"/);
    expect(parseSince("2026-02-28")).toBe(Date.UTC(2026, 1, 28) / 1000);
    expect(() => parseSince("yesterday-ish")).toThrowError(/not a date/);
  });
});
