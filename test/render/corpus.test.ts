// Every real roadmap of the corpus and a generated 300-milestone one render in every format.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { toStatusJson } from "../../src/report/status-json.js";
import { buildDashboardData } from "../../src/ops/dashboard.js";
import { renderBadge } from "../../src/render/badge/render-badge.js";
import { renderGantt } from "../../src/render/gantt/render-gantt.js";
import { renderHtml } from "../../src/render/html/render-html.js";
import { renderMermaid } from "../../src/render/mermaid/render-mermaid.js";
import { corpusFiles } from "../harness/paths.js";
import { generatedRoadmap } from "./helpers.js";

const ASSETS = { js: "void 0", css: "" };
const NO_HISTORY = { history: null, forecast: null, note: null };

function renderAll(source: string, name: string) {
  const roadmap = parseRoadmap(source);
  const status = toStatusJson(roadmap, name);
  const mermaid = renderMermaid(status);
  const gantt = renderGantt({ status, today: "2026-03-01" });
  const badge = renderBadge(status.progress);
  const html = renderHtml(buildDashboardData(roadmap, name, NO_HISTORY), ASSETS);
  return { status, mermaid, gantt, badge, html };
}

describe("rendering the corpus", () => {
  it.each(corpusFiles().map((f) => [f.split("/").pop()!, f]))("%s", (_name, file) => {
    const { status, mermaid, gantt, badge, html } = renderAll(readFileSync(file, "utf8"), "ROADMAP.md");
    const nodeLines = mermaid.split("\n").filter((l) => /^ {2}\S+\["/.test(l));
    expect(nodeLines.length).toBeGreaterThanOrEqual(new Set(status.milestones.map((m) => m.id)).size);
    for (const l of nodeLines) expect(l.replace("<br/>", " ")).toMatch(/^ {2}[A-Za-z][A-Za-z0-9_]*\["[^"<>\n]*"\]:::[a-z_]+$/);
    expect(gantt.startsWith("gantt\n")).toBe(true);
    expect(badge).toMatch(/^<svg [^>]*width="\d+"/);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });
});

describe("a generated 300-milestone roadmap", () => {
  it("renders every milestone and dependency", () => {
    const { status, mermaid, gantt } = renderAll(generatedRoadmap(300), "big.md");
    expect(status.milestones).toHaveLength(300);
    expect(mermaid).toContain("M298 --> M299");
    expect(mermaid.split("\n").filter((l) => l.includes(" --> "))).toHaveLength(299 + 59);
    expect([...gantt.matchAll(/milestone, M\d+/g)]).toHaveLength(300);
  });
});
