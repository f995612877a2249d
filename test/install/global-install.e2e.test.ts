// Installs roadmark as users do: `npm pack`, then `npm install -g <tarball>` into an empty prefix.
// The pack runs in a copy of the repository (its prepack rebuilds dist/, which other tests use).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../harness/cli.js";
import { ROOT } from "../harness/paths.js";

// Asynchronous runs: a blocking npm install would starve vitest's worker RPC on a loaded machine.
const run = promisify(execFile);
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const QUIET = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", NO_COLOR: "1" };

describe("npm pack, then a global install of the tarball", () => {
  it("installs with no warning, and the installed roadmark runs --version and status", async () => {
    const work = tempDir("roadmark-pack-");
    const copy = path.join(work, "roadmark");
    mkdirSync(copy);
    for (const f of ["package.json", "tsconfig.json", "tsconfig.build.json", "README.md", "templates", "scripts", "src"]) cpSync(path.join(ROOT, f), path.join(copy, f), { recursive: true });
    symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
    const manifest = readFileSync(path.join(copy, "package.json"), "utf8");

    await run(NPM, ["pack", "--pack-destination", work], { cwd: copy, env: QUIET, maxBuffer: 64 * 1024 * 1024 });
    // The repository's package.json is back as it was, prepare and all.
    expect(readFileSync(path.join(copy, "package.json"), "utf8")).toBe(manifest);
    expect(JSON.parse(manifest).scripts.prepare).toBeDefined();
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"))!;
    const packed = JSON.parse((await run("tar", ["-xOzf", path.join(work, tarball), "package/package.json"], { encoding: "utf8" })).stdout);
    expect(packed.scripts?.prepare).toBeUndefined();

    const prefix = path.join(work, "prefix");
    mkdirSync(prefix);
    const install = await run(NPM, ["install", "-g", path.join(work, tarball), "--prefix", prefix, "--prefer-offline"], { cwd: work, env: QUIET, encoding: "utf8" });
    expect(install.stderr).not.toMatch(/warn/i);

    const bin = path.join(prefix, "bin", "roadmark");
    const version = await run(bin, ["--version"], { encoding: "utf8", env: QUIET });
    expect(version.stdout.trim()).toBe(JSON.parse(manifest).version);
    // execFile rejects on a non-zero exit, so reaching the check means exit 0.
    const status = await run(bin, ["status", path.join(ROOT, "examples/ROADMAP.md")], { encoding: "utf8", env: QUIET });
    expect(status.stdout).toContain("Current:  M1 Tide Data Import");
  }, 240_000);
});
