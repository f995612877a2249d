import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildDashboardData } from "../../src/ops/dashboard.js";
import { errorDashboardData } from "../../src/report/dashboard-data.js";
import { dashboardCsp, embedJson, renderHtml } from "../../src/render/html/render-html.js";
import { safeHref } from "../../src/render/html/safe-href.js";
import { EXAMPLE, HOSTILE, load } from "./helpers.js";
import { FORECAST, HISTORY } from "./fixtures/history.js";

const ASSETS = { js: 'console.log("</script><!--x")', css: "body{color:red}" };
const NO_HISTORY = { history: null, forecast: null, note: "No burn-up: test." };

function hash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

describe("renderHtml", () => {
  it("inlines data, style and script under a hash-based CSP", () => {
    const { roadmap } = load(EXAMPLE);
    const html = renderHtml(buildDashboardData(roadmap, "ROADMAP.md", { history: HISTORY, forecast: FORECAST, note: null }), ASSETS);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).toBe('console.log("<\\/script><\\!--x")');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(ASSETS.css)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain("unsafe");
    expect(dashboardCsp(ASSETS, true)).toContain("connect-src 'self'");
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    const json = /<script type="application\/json" id="roadmark-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json);
    expect(data.status.milestones.map((m: { id: string }) => m.id)).toEqual(["M0", "M1", "M2", "M3"]);
    expect(data.history.points).toHaveLength(6);
  });

  it("never lets roadmap text close a tag", () => {
    const { roadmap } = load(HOSTILE);
    const html = renderHtml(buildDashboardData(roadmap, "hostile.md", NO_HISTORY), ASSETS);
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<(img|svg|iframe|a)\b/i);
    expect(html).toContain("<title>Roadmap &lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; · roadmark</title>");
    const json = /<script type="application\/json" id="roadmark-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain("<");
    expect(JSON.parse(json).status.milestones[1].title).toBe("</script><img src=x onerror=alert(3)>");
  });

  it("embeds JSON with markup and line separators escaped", () => {
    expect(embedJson({ a: "</script>&\u2028" })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });

  it("renders a load error", () => {
    const html = renderHtml(errorDashboardData("ROADMAP.md: no such file"), ASSETS, { live: true });
    expect(html).toContain('data-live="1"');
    expect(html).toContain("no such file");
  });
});

describe("dashboard data", () => {
  it("keeps only safe links from criteria", () => {
    const { roadmap } = load(HOSTILE);
    const data = buildDashboardData(roadmap, "hostile.md", NO_HISTORY);
    const hrefs = Object.values(data.links).flat().map((l) => l.href);
    expect(hrefs).toEqual(["https://example.com/a?b=c", "mailto:a@example.com", "docs/x.md"]);
    expect(data.historyNote).toBe("No burn-up: test.");
  });
});

describe("safeHref", () => {
  it.each([
    ["https://example.com", "https://example.com"],
    ["http://x.y/z?q=1", "http://x.y/z?q=1"],
    ["mailto:a@b.c", "mailto:a@b.c"],
    ["docs/a.md#x", "docs/a.md#x"],
    ["/abs", "/abs"],
    ["#anchor", "#anchor"],
    ["javascript:alert(1)", undefined],
    ["JaVaScRiPt:alert(1)", undefined],
    [" java\tscript:alert(1)", undefined],
    ["\u0000javascript:alert(1)", undefined],
    ["data:text/html,x", undefined],
    ["vbscript:x", undefined],
    ["file:///etc/passwd", undefined],
    ["", undefined],
  ])("%j → %j", (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
