// A burn-up chart drawn with block characters: done criteria (solid) under the total scope
// (shaded), over time from the first commit to the last. Pure: points in, text out.
import type { Colors } from "./colors.js";

/** One sample of the chart: a time (seconds) with done and total criteria. */
export interface BurnupPoint {
  readonly time: number;
  readonly done: number;
  readonly total: number;
}

/** Chart size and colours. */
export interface BurnupOptions {
  readonly width?: number;
  readonly height?: number;
  readonly colors?: Colors;
}

const DONE = "█";
const SCOPE = "░";

function day(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Renders a burn-up chart (done vs total over time) as lines of text ending in a newline. */
export function renderBurnup(points: readonly BurnupPoint[], opts: BurnupOptions = {}): string {
  if (points.length === 0) return "(no history to chart)\n";
  const width = Math.max(10, opts.width ?? 60);
  const height = Math.max(3, opts.height ?? 10);
  const c = opts.colors;
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const t0 = sorted[0]!.time;
  const t1 = sorted[sorted.length - 1]!.time;
  const maxY = sorted.reduce((m, p) => Math.max(m, p.total), 1);
  // The state at each column: the last point at or before the column's time.
  const columns: BurnupPoint[] = [];
  let k = 0;
  for (let col = 0; col < width; col++) {
    const t = t1 === t0 ? t1 : t0 + ((t1 - t0) * col) / (width - 1);
    while (k + 1 < sorted.length && sorted[k + 1]!.time <= t) k++;
    columns.push(sorted[k]!);
  }
  const label = String(maxY).length;
  const lines: string[] = [];
  for (let row = height; row >= 1; row--) {
    let doneRun = "";
    let line = "";
    const flush = (): void => {
      if (doneRun) line += c ? c.green(doneRun) : doneRun;
      doneRun = "";
    };
    for (const p of columns) {
      const level = row - 0.5;
      if ((p.done / maxY) * height >= level) doneRun += DONE;
      else {
        flush();
        const ch = (p.total / maxY) * height >= level ? SCOPE : " ";
        line += c && ch !== " " ? c.dim(ch) : ch;
      }
    }
    flush();
    const y = row === height ? String(maxY) : row === 1 ? "0" : "";
    lines.push(`${y.padStart(label)} │${line.replace(/\s+$/u, "")}`);
  }
  lines.push(`${" ".repeat(label)} └${"─".repeat(width)}`);
  const from = day(t0);
  const to = day(t1);
  const gap = Math.max(1, width - from.length - to.length);
  lines.push(`${" ".repeat(label + 2)}${from}${t1 === t0 ? "" : " ".repeat(gap) + to}`);
  const legend = `${DONE} done  ${SCOPE} total`;
  lines.push(`${" ".repeat(label + 2)}${c ? c.dim(legend) : legend}`);
  return lines.join("\n") + "\n";
}
