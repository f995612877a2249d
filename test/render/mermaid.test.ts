import { describe, expect, it } from "vitest";
import { renderMermaid } from "../../src/render/mermaid/render-mermaid.js";
import { isMermaidId, mermaidIds, mermaidLabel } from "../../src/render/mermaid/mermaid-text.js";
import { EXAMPLE, HOSTILE, load } from "./helpers.js";

describe("renderMermaid", () => {
  it("renders the example roadmap", async () => {
    const out = renderMermaid(load(EXAMPLE).status);
    expect(out).toContain("M0 --> M1");
    await expect(out).toMatchFileSnapshot("__snapshots__/example.mmd");
  });

  it("keeps hostile text inside its labels", async () => {
    const out = renderMermaid(load(HOSTILE).status);
    await expect(out).toMatchFileSnapshot("__snapshots__/hostile.mmd");
    for (const line of out.split("\n").filter((l) => l.includes('["'))) {
      // Exactly one quoted label per node line, no markup characters, no stray quotes.
      expect(line.replace("<br/>", " ")).toMatch(/^ {2}[A-Za-z][A-Za-z0-9_]*\["[^"<>]*"\]:::[a-z_]+$/);
    }
    expect(out).not.toMatch(/^\s*click\b/m);
    expect(out).not.toContain("%%{");
    expect(out).toContain('M9["M9 (unknown)"]:::missing');
    expect(out).toContain("M9 -.-> M1");
    expect(out).toContain("M3 -->|cycle| M2");
    expect(out).toContain("linkStyle");
  });

  it("sanitises ids only where needed, and keeps them unique", () => {
    expect(isMermaidId("M1")).toBe(true);
    expect(isMermaidId("end")).toBe(false);
    const ids = mermaidIds(["M1", "v0.5.0", "Phase 3", "v0_5_0", "end", "3", "M1"]);
    expect([...ids.entries()]).toEqual([
      ["M1", "M1"],
      ["v0_5_0", "v0_5_0"],
      ["v0.5.0", "v0_5_0_2"],
      ["Phase 3", "Phase_3"],
      ["end", "n_end"],
      ["3", "n_3"],
    ]);
    const out = renderMermaid({ milestones: [{ id: "v0.5.0", title: "a", status: "done", dependsOn: [], progress: { done: 0, total: 0 } }, { id: "v0.6.0", title: "b", status: "planned", dependsOn: ["v0.5.0"], progress: { done: 0, total: 2 } }] });
    expect(out).toContain("v0_5_0 --> v0_6_0");
    expect(out).toContain('v0_6_0["v0.6.0: b<br/>0/2"]:::planned');
  });

  it("escapes labels with entity codes and flattens line breaks", () => {
    expect(mermaidLabel('a"b#c<d>&`e%;\\')).toBe("a#quot;b#35;c#lt;d#gt;#amp;#96;e#37;#59;#92;");
    expect(mermaidLabel("one\ntwo\u2028three")).toBe("one two three");
  });
});
