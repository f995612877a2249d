// `roadmark render badge`: a flat-style SVG progress badge for READMEs.
import type { Progress } from "../../report/summary.js";
import { escapeXml } from "../xml-escape.js";
import { textWidth } from "./text-width.js";

/** Options for the badge. */
export interface BadgeOptions {
  /** The left-hand text (default `roadmap`). */
  readonly label?: string;
  /** `4/11` (default) or `36%`. */
  readonly format?: "fraction" | "percent";
}

/** The flat-badge colour for a completion ratio (shields.io's scale). */
export function badgeColor(done: number, total: number): string {
  if (total <= 0) return "#9f9f9f";
  const r = done / total;
  if (r >= 1) return "#4c1";
  if (r >= 0.75) return "#97ca00";
  if (r >= 0.5) return "#a4a61d";
  if (r >= 0.25) return "#dfb317";
  if (r > 0) return "#fe7d37";
  return "#e05d44";
}

/** The badge's value text: `4/11`, `36%`, or `no criteria`. */
export function badgeValue(p: Progress, format: BadgeOptions["format"] = "fraction"): string {
  if (p.total <= 0) return "no criteria";
  return format === "percent" ? `${Math.floor((p.done / p.total) * 100)}%` : `${p.done}/${p.total}`;
}

/** Renders the progress badge as a standalone SVG document. */
export function renderBadge(progress: Progress, options: BadgeOptions = {}): string {
  const label = (options.label ?? "roadmap").replace(/\s+/g, " ").trim() || "roadmap";
  const value = badgeValue(progress, options.format);
  const lw = Math.round(textWidth(label) + 10);
  const vw = Math.round(textWidth(value) + 10);
  const w = lw + vw;
  const color = badgeColor(progress.done, progress.total);
  const l = escapeXml(label);
  const v = escapeXml(value);
  // Text is drawn at 10x and scaled down, as shields.io does, for crisp sub-pixel placement.
  const text = (x: number, tw: number, s: string): string =>
    `<text aria-hidden="true" x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${tw * 10}">${s}</text>` +
    `<text x="${x * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${tw * 10}">${s}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${l}: ${v}">`,
    `<title>${l}: ${v}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">`,
    text(lw / 2, lw - 10, l),
    text(lw + vw / 2, vw - 10, v),
    `</g></svg>`,
  ].join("") + "\n";
}
