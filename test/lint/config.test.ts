import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig, parseConfigText } from "../../src/lint/config.js";
import { ConfigFinder, loadConfigFile } from "../../src/lint/find-config.js";
import { lintSource } from "../../src/lint/fix.js";
import { UsageError } from "../../src/model/errors.js";
import { RULES } from "../../src/rules/index.js";
import { ruleOptions } from "../../src/rules/rule-options.js";

const TWO_IN_PROGRESS = `# Roadmap

| Milestone | Title | Status |
|---|---|---|
| M0 | A | In Progress |
| M1 | B | In Progress |
`;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), "roadmark-config-"));
  made.push(dir);
  return dir;
};

describe("config", () => {
  it("accepts severities, [severity, options] and options alone", () => {
    const c = parseConfig({ rules: { "single-in-progress": "error", "broken-link": "off", stale: ["warn", { days: 7 }], placeholder: { extra: ["TBD"] } } }, "rc");
    expect(c.rules["single-in-progress"]).toEqual({ severity: "error" });
    expect(c.rules["broken-link"]).toEqual({ severity: "off" });
    expect(c.rules.stale).toEqual({ severity: "warning", options: { days: 7 } });
    expect(c.rules.placeholder).toEqual({ options: { extra: ["TBD"] } });
  });

  it.each([
    [{ rulez: {} }, /unknown key "rulez"/],
    [{ rules: { "no-such-rule": "error" } }, /unknown rule "no-such-rule" at rules\.no-such-rule/],
    [{ rules: { stale: "loud" } }, /rules\.stale must be one of off, warn, error/],
    [{ rules: { stale: ["warn", { days: "many" }] } }, /rules\.stale\.days must be a non-negative number/],
    [{ rules: { stale: ["warn", { weeks: 2 }] } }, /unknown option "weeks" at rules\.stale\.weeks/],
    // An option named like an Object.prototype member is still unknown, not looked up on the prototype.
    [{ rules: { stale: ["warn", { constructor: 1 }] } }, /unknown option "constructor" at rules\.stale\.constructor/],
    [{ rules: { placeholder: ["warn", { extra: [1] }] } }, /rules\.placeholder\.extra must be an array of strings/],
    [{ rules: [] }, /rules must be an object/],
    [[], /expected an object/],
  ])("rejects %j naming the key", (raw, message) => {
    expect(() => parseConfig(raw, "x.json")).toThrow(UsageError);
    expect(() => parseConfig(raw, "x.json")).toThrow(message);
  });

  it("names the file for bad JSON", () => {
    expect(() => parseConfigText("{ nope", ".roadmarkrc.json")).toThrow(/config: \.roadmarkrc\.json: not valid JSON/);
  });

  it("severities and options change what a run reports", () => {
    expect(lintSource(TWO_IN_PROGRESS).result.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)).toContain("single-in-progress:warning");
    const asError = parseConfig({ rules: { "single-in-progress": "error" } }, "rc");
    expect(lintSource(TWO_IN_PROGRESS, { config: asError }).result.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)).toContain("single-in-progress:error");
    const off = parseConfig({ rules: { "single-in-progress": "off" } }, "rc");
    expect(lintSource(TWO_IN_PROGRESS, { config: off }).result.diagnostics.map((d) => d.ruleId)).not.toContain("single-in-progress");
  });

  it("is found upward from the roadmap: .roadmarkrc.json first, else package.json's roadmark key", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "a/b/c"), { recursive: true });
    writeFileSync(path.join(root, ".roadmarkrc.json"), JSON.stringify({ rules: { stale: "off" } }));
    writeFileSync(path.join(root, "a/package.json"), JSON.stringify({ name: "x", roadmark: { rules: { "broken-link": "error" } } }));
    writeFileSync(path.join(root, "a/b/package.json"), JSON.stringify({ name: "no-roadmark-key" }));
    const finder = new ConfigFinder();
    expect(finder.forFile(path.join(root, "ROADMAP.md")).rules).toEqual({ stale: { severity: "off" } });
    expect(finder.forFile(path.join(root, "a/b/c/ROADMAP.md")).rules).toEqual({ "broken-link": { severity: "error" } });
    writeFileSync(path.join(root, "a/b/.roadmarkrc.json"), "{ bad json");
    expect(() => new ConfigFinder().forFile(path.join(root, "a/b/ROADMAP.md"))).toThrow(/config: .*\.roadmarkrc\.json: not valid JSON/);
  });

  it("loads an explicit --config file, and says when it is missing", () => {
    const root = tempDir();
    const file = path.join(root, "custom.json");
    writeFileSync(file, JSON.stringify({ rules: { "id-sequence": "error" } }));
    expect(loadConfigFile(file).rules).toEqual({ "id-sequence": { severity: "error" } });
    expect(() => loadConfigFile(path.join(root, "missing.json"), "missing.json")).toThrow(/config: missing\.json: no such file/);
  });
});

describe("rule options table (read without loading the rules)", () => {
  it("declares exactly each rule's options, with the same defaults", () => {
    for (const rule of RULES) expect(ruleOptions(rule.id), rule.id).toEqual(rule.options);
  });
  it("checks a config's options by it", () => {
    expect(parseConfig({ rules: { stale: ["warning", { days: 7 }] } }, "x").rules.stale).toEqual({ severity: "warning", options: { days: 7 } });
    expect(() => parseConfig({ rules: { stale: { weeks: 1 } } }, "x")).toThrow(/unknown option "weeks".*expected one of days, commits/);
    expect(() => parseConfig({ rules: { "duplicate-id": { x: 1 } } }, "x")).toThrow(/the rule takes no options/);
  });
});
