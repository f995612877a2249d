import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "./to-model.js";
import { findVerifyClause, parseDuration } from "./verify-clause.js";
import { toStatusJson } from "../report/status-json.js";

const doc = (items: string): string =>
  `# Roadmap\n\n| Milestone | Title | Status |\n|---|---|---|\n| M0 | Core | In Progress |\n\n## M0: Core\n\n**Goal:** Core.\n\n**Acceptance Criteria:**\n${items}\n**Dependencies:** None\n`;

describe("findVerifyClause", () => {
  it("reads the command, its timeout and where the text ends", () => {
    const s = "Tests pass Verify: `npm test` (timeout 5m)";
    const f = findVerifyClause(s)!;
    expect(f.result).toEqual({ ok: true, command: "npm test", timeoutMs: 300_000 });
    expect(s.slice(0, f.textEnd)).toBe("Tests pass");
    expect(s.slice(f.start, f.end)).toBe("Verify: `npm test` (timeout 5m)");
  });

  it("takes double-backtick spans, strips one space each side, and ignores Verify: inside code", () => {
    expect(findVerifyClause("x Verify: `` echo `a` ``")!.result).toEqual({ ok: true, command: "echo `a`" });
    expect(findVerifyClause("`Verify: x` and more")).toBeUndefined();
    expect(findVerifyClause("Verify: the user can log in")).toBeUndefined();
    expect(findVerifyClause("reverify: `x`")).toBeUndefined();
  });

  it("flags clauses that cannot run", () => {
    expect(findVerifyClause("Works Verify:")!.result).toEqual({ ok: false, kind: "empty" });
    expect(findVerifyClause("Works Verify: ``")!.result).toEqual({ ok: false, kind: "empty" });
    expect(findVerifyClause("Works Verify: `  `")!.result).toEqual({ ok: false, kind: "empty" });
    expect(findVerifyClause("Works Verify: `true` (timeout soon)")!.result).toEqual({ ok: false, kind: "timeout" });
    expect(findVerifyClause("Works Verify: `true` and then")!.result).toEqual({ ok: false, kind: "trailing" });
  });

  it("property: any text and command round-trip through the clause", () => {
    const plain = fc.string({ unit: fc.constantFrom("a", "b", " ", "-", "*", "é", "1", ":", "(", ")") });
    fc.assert(
      fc.property(plain, plain.filter((c) => c.trim() !== ""), fc.option(fc.integer({ min: 1, max: 999 })), (text, command, secs) => {
        const s = `${text} Verify: \`${command}\`${secs === null ? "" : ` (timeout ${secs}s)`}`;
        const f = findVerifyClause(s);
        expect(f?.result).toEqual({ ok: true, command: command.trim(), ...(secs === null ? {} : { timeoutMs: secs * 1000 }) });
        expect(s.slice(0, f!.textEnd)).toBe(text.trimEnd());
        expect(s.slice(f!.start)).toMatch(/^Verify: `/);
      }),
    );
  });

  it("parses durations", () => {
    expect(parseDuration("30s")).toBe(30_000);
    expect(parseDuration("90")).toBe(90_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("1.5 h")).toBe(5_400_000);
    expect(parseDuration("0s")).toBeUndefined();
    expect(parseDuration("5 parsecs")).toBeUndefined();
  });
});

describe("criteria with Verify:", () => {
  it("template: text is before Verify:, the clause span and command are kept, status --json shows it", () => {
    const src = doc("- [x] **Tests** pass Verify: `npm test -- --run` (timeout 30s)\n- [ ] Plain one\n- [ ] Broken Verify:\n");
    const r = parseRoadmap(src);
    const [a, b, c] = r.milestones[0]!.criteria;
    expect(a!.text).toBe("Tests pass");
    expect(src.slice(a!.textSpan.start, a!.textSpan.end)).toBe("**Tests** pass");
    expect(a!.verify).toMatchObject({ command: "npm test -- --run", timeoutMs: 30_000 });
    expect(src.slice(a!.verify!.span.start, a!.verify!.span.end)).toBe("Verify: `npm test -- --run` (timeout 30s)");
    expect(b!.verify).toBeNull();
    expect(b!.verifyError).toBeUndefined();
    expect(c!.verify).toBeNull();
    expect(c!.text).toBe("Broken");
    expect(c!.verifyError).toMatchObject({ kind: "empty" });
    const json = toStatusJson(r, "ROADMAP.md");
    expect(json.milestones[0]!.criteria[0]).toEqual({ text: "Tests pass", checked: true, line: 12, verify: { command: "npm test -- --run", timeoutMs: 30_000 }, verifyResult: null });
    expect(json.milestones[0]!.criteria[1]!.verify).toBeNull();
  });

  it("free-form checklists and CRLF keep exact spans", () => {
    const src = "# Plan\r\n\r\n## Phase 1: Build\r\n\r\n- [ ] Builds Verify: `npm run build`\r\n- [x] Ships\r\n\r\n## Phase 2: Ship\r\n\r\n- [ ] Later\r\n";
    const r = parseRoadmap(src);
    const c = r.milestones[0]!.criteria[0]!;
    expect(c.text).toBe("Builds");
    expect(c.verify?.command).toBe("npm run build");
    expect(src.slice(c.verify!.span.start, c.verify!.span.end)).toBe("Verify: `npm run build`");
  });
});
