import { describe, expect, it } from "vitest";
import { lintSource } from "../../src/lint/fix.js";

const doc = (body: string): string => `# Roadmap

| Milestone | Title | Status |
|---|---|---|
| M0 | [Title] | Planned |
| M1 | [Title] | Planned |
| M2 | [Title] | Planned |

${body}
`;

const lines = (source: string): number[] => {
  const { roadmap, result } = lintSource(source);
  return result.diagnostics.filter((d) => d.ruleId === "placeholder").map((d) => roadmap.lines.position(d.span.start).line);
};

describe("inline comments", () => {
  it("without comments every placeholder is reported", () => {
    expect(lines(doc(""))).toEqual([5, 6, 7]);
  });

  it("disable … enable switches a rule off for a range", () => {
    const s2 = `# Roadmap\n\n<!-- roadmark-disable placeholder -->\n[Title]\n<!-- roadmark-enable placeholder -->\n[Title]\n`;
    expect(lintSource(s2).result.diagnostics.filter((d) => d.ruleId === "placeholder")).toEqual([]); // not template-shaped: rule does not run
    const s3 = doc("<!-- roadmark-disable placeholder -->\n\n[Title]\n\n<!-- roadmark-enable placeholder -->\n\n[Focus area]");
    expect(lines(s3)).toEqual([5, 6, 7, 15]);
  });

  it("disable without ids switches every rule off; enable with an id brings one back", () => {
    const s = doc("<!-- roadmark-disable -->\n\n[Title]\n\n<!-- roadmark-enable placeholder -->\n\n[Title]");
    expect(lines(s)).toEqual([5, 6, 7, 15]);
  });

  it("disable-next-line covers exactly the next line, and a reason after -- is not an id", () => {
    const s = doc("<!-- roadmark-disable-next-line placeholder -- kept on purpose -->\n[Title]\n[Focus area]");
    expect(lines(s)).toEqual([5, 6, 7, 11]);
  });

  it("a disable for another rule changes nothing", () => {
    const s = doc("<!-- roadmark-disable-next-line broken-link -->\n[Title]");
    expect(lines(s)).toEqual([5, 6, 7, 10]);
  });

  it("comments inside code blocks are not directives", () => {
    const s = doc("```\n<!-- roadmark-disable -->\n```\n\n[Title]");
    expect(lines(s)).toEqual([5, 6, 7, 13]);
  });

  it("counts suppressed findings", () => {
    const s = doc("<!-- roadmark-disable-next-line placeholder -->\n[Title]");
    expect(lintSource(s).result.suppressed).toBe(1);
  });
});
