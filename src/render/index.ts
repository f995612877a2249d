// The renderers' public surface: re-exports only.
export { renderMermaid, type MermaidOptions } from "./mermaid/render-mermaid.js";
export { renderGantt, type GanttInput } from "./gantt/render-gantt.js";
export { renderBadge, badgeColor, badgeValue, type BadgeOptions } from "./badge/render-badge.js";
export { renderHtml, dashboardCsp, embedJson, type DashboardAssets, type HtmlOptions } from "./html/render-html.js";
export { safeHref } from "./html/safe-href.js";
export { buildGraph, dependencyOrder, type GraphInput, type GraphModel, type GraphNode, type GraphEdge } from "./graph-model.js";
