import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../parse/to-model.js";
import { commandHash, recordKey, type VerifyRecord } from "../verify/record.js";
import { toStatusJson } from "./status-json.js";
import { STATUS_SCHEMA } from "./status-schema.js";

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(STATUS_SCHEMA);

const SRC = `# Roadmap

## M0: Core

**Acceptance Criteria:**
- [x] Passes Verify: \`true\` (timeout 10s)
- [x] Fails Verify: \`false\`
- [ ] Changed Verify: \`echo new\`
- [ ] Never run Verify: \`echo x\`
- [ ] No command
`;

describe("status --json with verify results", () => {
  it("gives each criterion its command and latest result, valid against the schema", () => {
    const r = parseRoadmap(SRC);
    const entry = (text: string, command: string, status: "passed" | "failed", commit: string) => ({
      milestone: "M0",
      text,
      commandHash: commandHash(command),
      status,
      exitCode: status === "passed" ? 0 : 1,
      durationMs: 5,
      at: "2026-12-06T00:00:00.000Z",
      commit,
    });
    const record: VerifyRecord = {
      version: 1,
      results: {
        [recordKey("M0", "Passes")]: entry("Passes", "true", "passed", "abc"),
        [recordKey("M0", "Fails")]: entry("Fails", "false", "failed", "abc"),
        [recordKey("M0", "Changed")]: entry("Changed", "echo old", "passed", "abc"),
      },
    };
    const json = toStatusJson(r, "ROADMAP.md", undefined, { record, head: "abc" });
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const c = json.milestones[0]!.criteria;
    expect(c.map((x) => x.verifyResult?.state ?? null)).toEqual(["verified", "failing", "stale", null, null]);
    expect(c[0]!.verify).toEqual({ command: "true", timeoutMs: 10_000 });
    expect(c[4]!.verify).toBeNull();
    // HEAD moved: every result is stale.
    const moved = toStatusJson(r, "ROADMAP.md", undefined, { record, head: "def" });
    expect(moved.milestones[0]!.criteria.slice(0, 3).map((x) => x.verifyResult?.state)).toEqual(["stale", "stale", "stale"]);
    expect(validate(toStatusJson(r, "ROADMAP.md")), JSON.stringify(validate.errors)).toBe(true);
  });
});
