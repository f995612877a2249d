import { chmodSync, existsSync, mkdirSync, utimesSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write-file.js";

function temp(text: string, mode = 0o640): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rm-write-"));
  const file = path.join(dir, "ROADMAP.md");
  writeFileSync(file, text);
  chmodSync(file, mode);
  return file;
}

describe("writeFileAtomic", () => {
  it("replaces the file, keeps its mode and leaves no temp or lock file", async () => {
    const file = temp("old\n", 0o640);
    await writeFileAtomic(file, "new\n", { expected: readFileSync(file), mode: 0o640 });
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.dirname(file))).toEqual(["ROADMAP.md"]);
  });

  it("refuses when the bytes on disk changed since they were read", async () => {
    const file = temp("old\n");
    const read = readFileSync(file);
    writeFileSync(file, "someone else\n");
    await expect(writeFileAtomic(file, "mine\n", { expected: read, display: "R.md" })).rejects.toMatchObject({
      name: "UsageError",
      message: "R.md: the file changed on disk since it was read; nothing written",
    });
    expect(readFileSync(file, "utf8")).toBe("someone else\n");
    expect(readdirSync(path.dirname(file))).toEqual(["ROADMAP.md"]);
  });

  it("refuses a read-only file (even as root) and leaves it alone", async () => {
    const file = temp("old\n", 0o444);
    await expect(writeFileAtomic(file, "new\n", { expected: readFileSync(file), mode: 0o444 })).rejects.toMatchObject({ name: "UsageError" });
    expect(readFileSync(file, "utf8")).toBe("old\n");
  });

  it("refuses while another writer holds the lock", async () => {
    const file = temp("old\n");
    const lock = path.join(path.dirname(file), ".ROADMAP.md.roadmark-lock");
    mkdirSync(lock); // proper-lockfile's lock: a fresh directory beside the file
    await expect(writeFileAtomic(file, "new\n", { expected: readFileSync(file), lock: { waitMs: 200 } })).rejects.toMatchObject({
      code: "LOCKED",
      message: expect.stringContaining("another roadmark process is writing"),
    });
    expect(readFileSync(file, "utf8")).toBe("old\n");
    expect(existsSync(lock)).toBe(true);
  });
});

describe("writeFileAtomic and a stale lock", () => {
  it("takes over the lock of a writer that died (old mtime) and leaves nothing behind", async () => {
    const file = temp("old\n");
    const lock = path.join(path.dirname(file), ".ROADMAP.md.roadmark-lock");
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    await writeFileAtomic(file, "new\n", { expected: readFileSync(file), lock: { waitMs: 200 } });
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(path.dirname(file))).toEqual(["ROADMAP.md"]);
  });
});

describe("writeFileAtomic through a symlink", () => {
  it("replaces the target file and keeps the link", async () => {
    const file = temp("old\n");
    const link = path.join(path.dirname(file), "LINK.md");
    symlinkSync(file, link);
    await writeFileAtomic(link, "new\n", { expected: readFileSync(link) });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("new\n");
  });
});
