// The burn-up chart (uPlot on canvas): criteria done and total over time, with forecast bands.
import uPlot from "uplot";
import type { BurnupSeries } from "../burnup-series.js";

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Draws the chart into `host`; returns the uPlot instance so the caller can resize or destroy it. */
export function renderBurnup(host: HTMLElement, series: BurnupSeries, width: number): uPlot {
  const fg = cssVar("--muted", "#666");
  const grid = cssVar("--grid", "#e5e7eb");
  const doneColor = cssVar("--done", "#1a7f37");
  const totalColor = cssVar("--fg", "#333");
  const fc = cssVar("--forecast", "#8250df");
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const hasForecast = series.p50.some((v) => v !== null);
  const opts: uPlot.Options = {
    width,
    height: 260,
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.05))] } },
    // Criteria are counted in whole numbers: no 2.5 ticks.
    axes: [axis, { ...axis, size: 40, incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000] }],
    // Without a forecast its series are left out, not hidden: a hidden series' legend label is
    // drawn at 30% opacity, unreadable (WCAG contrast) and pointless.
    series: [
      {},
      { label: "Done", stroke: doneColor, width: 2.5, fill: `${doneColor}22`, points: { show: series.x.length < 40 } },
      { label: "Scope", stroke: totalColor, width: 1.5, dash: [4, 3], points: { show: false } },
      ...(hasForecast
        ? [
            { label: "Forecast p50", stroke: fc, width: 2, dash: [6, 4], points: { show: false }, spanGaps: true },
            { label: "p85", stroke: `${fc}99`, width: 1, points: { show: false }, spanGaps: true },
            { label: "p95", stroke: `${fc}66`, width: 1, points: { show: false }, spanGaps: true },
          ]
        : []),
    ],
    bands: hasForecast ? [{ series: [3, 5], fill: `${fc}22` }] : [],
  };
  const data: uPlot.AlignedData = hasForecast ? [series.x, series.done, series.total, series.p50, series.p85, series.p95] : [series.x, series.done, series.total];
  return new uPlot(opts, data, host);
}
