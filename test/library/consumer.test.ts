// A TypeScript user of the built package gets its types: a small consumer compiles against dist/
// (through package.json's "types"), and a misuse is a type error, not `any`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../harness/paths.js";

const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");

const CONSUMER = `import { edit, parseRoadmap, status, toStatusJson, ERROR_CODES, RoadmarkError, type EditIntent, type ErrorCode } from "roadmark";
const roadmap = parseRoadmap("# R\\n");
const json = toStatusJson(roadmap, "ROADMAP.md");
const title: string = json.title;
const intent: EditIntent = { op: "tick", id: "M1", criterion: "1" };
const codes: readonly ErrorCode[] = ERROR_CODES;
export async function run(): Promise<string> {
  const s = await status({ cwd: "." });
  try {
    const r = await edit({ cwd: "." }, intent, { expectHash: s.hash });
    return r.hash + title + codes.length;
  } catch (e) {
    return e instanceof RoadmarkError ? e.code : "?";
  }
}
`;

function project(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rm-consumer-"));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(ROOT, path.join(dir, "node_modules/roadmark"), "dir");
  symlinkSync(path.join(ROOT, "node_modules/@types"), path.join(dir, "node_modules/@types"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", type: "module", private: true }));
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", types: ["node"], skipLibCheck: false } }),
  );
  writeFileSync(path.join(dir, "index.ts"), source);
  return dir;
}

function tsc(dir: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [TSC, "-p", dir], { encoding: "utf8" }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

describe("the built package's types (dist/index.d.ts)", () => {
  it("compile a consumer that uses the parser, the operations and the error codes", () => {
    const r = tsc(project(CONSUMER));
    expect(r.out).toBe("");
    expect(r.code).toBe(0);
  });

  it("reject a misuse (an unknown edit op)", () => {
    const r = tsc(project(CONSUMER.replace('op: "tick"', 'op: "rewrite"')));
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/rewrite/);
  });
});
