// Every MCP tool, in process through the official client over the SDK's in-memory transport:
// results, every error code as an isError result, read-only mode and the work-tree boundary.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentGuide } from "../../src/agents/guide.js";
import { withFileLock } from "../../src/io/lock.js";
import { MCP_EDIT_OPS, MCP_EXCLUDED_OPS, MCP_INSTRUCTIONS, MCP_TOOLS } from "../../src/mcp/server.js";
import { EDIT_OPS } from "../../src/ops/edit.js";
import { hashOf } from "../../src/ops/hash.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { findMilestone } from "../../src/model/milestones.js";
import { call, exampleDir, inProcessClient } from "./mcp-client.js";

const clients: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function setup(extra: { readOnly?: boolean } = {}) {
  const { dir, file } = exampleDir();
  const client = await inProcessClient({ cwd: dir, ...extra, lock: { waitMs: 0 } });
  clients.push(client);
  return { dir, file, client, hash: () => hashOf(readFileSync(file)) };
}

describe("roadmark MCP tools (in process)", () => {
  it("lists exactly the contract's tools, each with input and output schemas, and states the rules", async () => {
    const { client } = await setup();
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...MCP_TOOLS].sort());
    for (const t of tools) {
      expect(t.inputSchema.type).toBe("object");
      expect(t.outputSchema?.type, t.name).toBe("object");
      expect(t.description?.length).toBeGreaterThan(10);
    }
    const edit = tools.find((t) => t.name === "roadmap_edit")!;
    expect(edit.inputSchema.required).toEqual(expect.arrayContaining(["expectedHash", "op"]));
    expect((edit.inputSchema.properties as Record<string, { enum?: string[] }>).op!.enum).toEqual([...MCP_EDIT_OPS]);
    const instructions = client.getInstructions() ?? "";
    expect(instructions).toBe(MCP_INSTRUCTIONS);
    for (const rule of [/one milestone at a time/i, /tick each acceptance criterion/i, /learn/i, /expectedHash/, /never rewrite/i]) expect(instructions).toMatch(rule);
  });

  it("roadmap_edit offers every op of ops/edit but sync and init, in EDIT_OPS' order, and the contract's op table names each", () => {
    expect([...MCP_EXCLUDED_OPS]).toEqual(["sync", "init"]);
    expect([...MCP_EDIT_OPS]).toEqual(EDIT_OPS.filter((op) => !(MCP_EXCLUDED_OPS as readonly string[]).includes(op)));
    const contract = readFileSync(new URL("../../docs/contract.md", import.meta.url), "utf8");
    const table = contract.slice(contract.indexOf("| `op` | arguments"));
    const rows = table.slice(0, table.indexOf("\n\n")).split("\n").slice(2);
    const documented = rows.flatMap((row) => [...(row.split("|")[1] ?? "").matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!));
    expect(documented.sort()).toEqual([...MCP_EDIT_OPS].sort());
  });

  it("roadmap_status gives the status document with the file's hash, read afresh on every call", async () => {
    const { client, file, hash } = await setup();
    const a = await call(client, "roadmap_status");
    expect(a.isError).toBe(false);
    expect(a.data).toMatchObject({ schemaVersion: 1, file: "ROADMAP.md", hash: hash(), current: "M1" });
    expect(a.text).toContain(hash());
    writeFileSync(file, readFileSync(file, "utf8").replace("- [ ] ", "- [x] "));
    const b = await call(client, "roadmap_status");
    expect(b.data.hash).toBe(hash());
    expect(b.data.hash).not.toBe(a.data.hash);
  });

  it("roadmap_milestone gives one milestone in full with indexed criteria", async () => {
    const { client, hash } = await setup();
    const r = await call(client, "roadmap_milestone", { id: "m1" });
    expect(r.isError).toBe(false);
    const m = r.data.milestone as Record<string, unknown> & { criteria: { index: number; text: string; checked: boolean }[] };
    expect(r.data.hash).toBe(hash());
    expect(m).toMatchObject({ id: "M1", title: "Tide Data Import", status: "in_progress", focus: expect.any(String), goal: expect.stringMatching(/^Import harbour/) });
    expect(m.criteria.map((c) => c.index)).toEqual(m.criteria.map((_, i) => i + 1));
    expect(m.criteria.filter((c) => c.checked)).toHaveLength(2);
    for (const key of ["deliverables", "dependencies", "learnings", "line"]) expect(m).toHaveProperty(key);
    expect(m.dependencies).toEqual(["M0"]);
  });

  it("roadmap_lint gives the file's diagnostics", async () => {
    const { client, file } = await setup();
    writeFileSync(file, readFileSync(file, "utf8").replace("| M2 | Public API | Read-only JSON API with caching | Planned |", "| M2 | Public API | Read-only JSON API with caching | Done |"));
    const r = await call(client, "roadmap_lint");
    expect(r.isError).toBe(false);
    expect(r.data.file).toBe("ROADMAP.md");
    const diags = r.data.diagnostics as { ruleId: string; line: number }[];
    expect(diags.length).toBeGreaterThan(0);
    expect(diags.every((d) => typeof d.ruleId === "string" && d.line >= 1)).toBe(true);
  });

  it("roadmap_edit applies every op through the edit transaction and returns the new hash and diff", async () => {
    const { client, file, hash } = await setup();
    const steps: [Record<string, unknown>, (text: string) => boolean][] = [
      [{ op: "tick", id: "M1", criterion: "3" }, (t) => findMilestone(parseRoadmap(t), "M1")!.criteria[2]!.checked],
      [{ op: "untick", id: "M1", criterion: "3" }, (t) => !findMilestone(parseRoadmap(t), "M1")!.criteria[2]!.checked],
      [{ op: "add_criterion", id: "M2", text: "Rate limits documented" }, (t) => t.includes("- [ ] Rate limits documented")],
      [{ op: "add_criterion", id: "M2", text: "First of all", at: 1 }, (t) => findMilestone(parseRoadmap(t), "M2")!.criteria[0]!.text === "First of all"],
      [{ op: "edit_criterion", id: "M2", criterion: "Rate limits", text: "Rate limits documented and tested" }, (t) => t.includes("Rate limits documented and tested")],
      [{ op: "remove_criterion", id: "M2", criterion: "1" }, (t) => !t.includes("First of all")],
      [{ op: "set_field", id: "M3", field: "goal", text: "Alert people before the tide turns." }, (t) => findMilestone(parseRoadmap(t), "M3")!.goal?.text === "Alert people before the tide turns."],
      [{ op: "learn", id: "M1", text: "UKHO files use local time." }, (t) => t.includes("UKHO files use local time.")],
      [{ op: "add_milestone", title: "Mobile App", focus: "Phones", depends: ["M2"] }, (t) => findMilestone(parseRoadmap(t), "M4")?.title === "Mobile App"],
      [{ op: "depend", id: "M4", on: ["M3"] }, (t) => findMilestone(parseRoadmap(t), "M4")!.dependsOn.some((d) => d.id === "M3")],
      [{ op: "undepend", id: "M4", on: ["M3"] }, (t) => !findMilestone(parseRoadmap(t), "M4")!.dependsOn.some((d) => d.id === "M3")],
      [{ op: "block", id: "M3", reason: "waiting for the push provider" }, (t) => findMilestone(parseRoadmap(t), "M3")!.status.value === "blocked"],
      [{ op: "cancel", id: "M4" }, (t) => findMilestone(parseRoadmap(t), "M4")!.status.value === "cancelled"],
      [{ op: "tick", id: "M1", criterion: "3" }, () => true],
      [{ op: "tick", id: "M1", criterion: "4" }, () => true],
      [{ op: "done", id: "M1" }, (t) => findMilestone(parseRoadmap(t), "M1")!.status.value === "done"],
      [{ op: "start", id: "M2" }, (t) => findMilestone(parseRoadmap(t), "M2")!.status.value === "in_progress"],
    ];
    const seen = new Set<string>();
    for (const [args, check] of steps) {
      const before = hash();
      const r = await call(client, "roadmap_edit", { ...args, expectedHash: before });
      expect(r.isError, `${JSON.stringify(args)}: ${r.text}`).toBe(false);
      expect(r.data).toMatchObject({ changed: true, hash: hash() });
      expect(r.data.diff).toMatch(/^--- a\/ROADMAP\.md\n\+\+\+ b\/ROADMAP\.md\n/);
      seen.add(String(args.op));
      expect(check(readFileSync(file, "utf8")), JSON.stringify(args)).toBe(true);
    }
    expect([...seen].sort()).toEqual([...MCP_EDIT_OPS].sort());
    // A no-op is not an error: changed false, hash unchanged.
    const same = hash();
    const noop = await call(client, "roadmap_edit", { op: "tick", id: "M1", criterion: "1", expectedHash: same });
    expect(noop).toMatchObject({ isError: false, data: { changed: false, hash: same, diff: "" } });
  });

  it("failures are isError results with { code, message, hint }: STALE (currentHash), REFUSED (blockers), NOT_FOUND, BAD_INPUT, LOCKED", async () => {
    const { client, file, hash } = await setup();
    const original = readFileSync(file);
    const expectFailure = async (args: Record<string, unknown>, code: string, tool = "roadmap_edit") => {
      const r = await call(client, tool, args);
      expect(r.isError, JSON.stringify(args)).toBe(true);
      expect(r.data.code).toBe(code);
      expect(typeof r.data.message).toBe("string");
      expect(r.data).toHaveProperty("hint");
      expect(r.text).toContain(code);
      return r.data;
    };
    const stale = await expectFailure({ op: "tick", id: "M1", criterion: "3", expectedHash: `sha256:${"0".repeat(64)}` }, "STALE");
    expect(stale.currentHash).toBe(hash());
    const refused = await expectFailure({ op: "done", id: "M1", expectedHash: hash() }, "REFUSED");
    expect((refused.blockers as string[]).length).toBeGreaterThan(0);
    await expectFailure({ op: "start", id: "M3", expectedHash: hash() }, "REFUSED");
    await expectFailure({ op: "depend", id: "M0", on: ["M1"], expectedHash: hash() }, "REFUSED");
    await expectFailure({ op: "tick", id: "M9", criterion: "1", expectedHash: hash() }, "NOT_FOUND");
    await expectFailure({ id: "M9" }, "NOT_FOUND", "roadmap_milestone");
    await expectFailure({ op: "tick", id: "M1", expectedHash: hash() }, "BAD_INPUT");
    await expectFailure({ op: "tick", id: "M1", criterion: "1", expectedHash: "not-a-hash" }, "BAD_INPUT");
    await expectFailure({ op: "add_criterion", id: "M1", text: "   ", expectedHash: hash() }, "BAD_INPUT");
    await expectFailure({ file: "MISSING.md" }, "NOT_FOUND", "roadmap_status");
    await withFileLock(file, "ROADMAP.md", async () => {
      await expectFailure({ op: "tick", id: "M1", criterion: "3", expectedHash: hash() }, "LOCKED");
    });
    // A schema violation is a tool result too (the SDK's), never a protocol error.
    const missing = await client.callTool({ name: "roadmap_edit", arguments: { op: "tick", id: "M1", criterion: "1" } });
    expect(missing.isError).toBe(true);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual(["ROADMAP.md"]);
  });

  it("--read-only offers no roadmap_edit", async () => {
    const { client } = await setup({ readOnly: true });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["roadmap_lint", "roadmap_milestone", "roadmap_status"]);
    const r = await client.callTool({ name: "roadmap_edit", arguments: { op: "tick", id: "M1", criterion: "1", expectedHash: "x" } }).then(
      (x) => x.isError === true,
      () => true,
    );
    expect(r).toBe(true);
  });

  it("refuses files outside the work tree it serves, through .. and through symlinks", async () => {
    const { dir, client, file } = await setup();
    const outside = realpathSync(mkdtempSync(path.join(tmpdir(), "rm-mcp-out-")));
    const target = path.join(outside, "ROADMAP.md");
    writeFileSync(target, readFileSync(file));
    symlinkSync(target, path.join(dir, "link.md"));
    mkdirSync(path.join(dir, "docs"));
    symlinkSync(outside, path.join(dir, "docs", "ext"));
    for (const f of [target, path.relative(dir, target), "link.md", "docs/ext/ROADMAP.md", "docs/ext/NEW.md"]) {
      for (const [tool, args] of [
        ["roadmap_status", { file: f }],
        ["roadmap_lint", { file: f }],
        ["roadmap_milestone", { file: f, id: "M1" }],
        ["roadmap_edit", { file: f, op: "learn", id: "M1", text: "escaped", expectedHash: hashOf(readFileSync(target)) }],
      ] as const) {
        const r = await call(client, tool, args);
        expect(r.isError, `${tool} ${f}`).toBe(true);
        expect(r.data.code).toBe("BAD_INPUT");
      }
    }
    expect(readFileSync(target, "utf8")).not.toContain("escaped");
    // A path inside, and a symlink that stays inside, are fine.
    symlinkSync(file, path.join(dir, "docs", "ROADMAP.md"));
    expect((await call(client, "roadmap_status", { file: "docs/ROADMAP.md" })).isError).toBe(false);
  });

  it("serves the roadmap and the guide as resources", async () => {
    const { client, file } = await setup();
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(["roadmap://file", "roadmap://guide"]);
    const md = await client.readResource({ uri: "roadmap://file" });
    expect((md.contents[0] as { text: string }).text).toBe(readFileSync(file, "utf8"));
    const guide = await client.readResource({ uri: "roadmap://guide" });
    expect((guide.contents[0] as { text: string }).text).toBe(agentGuide());
  });
});
