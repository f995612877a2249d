import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../harness/paths.js";

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };

  it("declares a roadmark-lint hook on node that runs the package's own bin", () => {
    expect(Array.isArray(hooks)).toBe(true);
    const hook = hooks.find((h) => h.id === "roadmark-lint");
    expect(hook).toMatchObject({ name: "roadmark lint", language: "node", entry: "roadmark lint" });
    expect(Object.keys(pkg.bin)).toContain(hook!.entry.split(" ")[0]);
  });

  it("its files pattern picks the roadmap names the CLI looks for, and nothing else", () => {
    const files = new RegExp(hooks[0]!.files);
    for (const p of ["ROADMAP.md", "docs/ROADMAP.md", "docs/roadmap/ROADMAP.md", ".planning/ROADMAP.md", "roadmap.md", "sub/dir/roadmap.md"]) expect(files.test(p), p).toBe(true);
    for (const p of ["README.md", "MYROADMAP.md", "ROADMAP.md.bak", "ROADMAP.txt", "docs/old-roadmap.md", "ROADMAP.mdx"]) expect(files.test(p), p).toBe(false);
  });
});
