import type { Roadmap } from "../model/roadmap.js";
import { validateSteer, type ParseOptions, type Reading } from "../model/reading.js";
import { prepareDocument } from "./document.js";
import { extractFreeform } from "./freeform.js";
import { forgetStatusTexts } from "./fields/status.js";
import { forgetIdKeys } from "../model/id.js";
import { readLegend } from "./legend.js";
import { forgetInlineTexts, inlineText, type BlockNode } from "./markdown.js";
import { looksLikeTemplate, parseTemplate } from "./template.js";

/**
 * Parses a roadmap. Total: never throws on any string; a document with no milestones yields
 * an empty list and a note. The model keeps the source; every span points into it.
 */
export function parseRoadmap(source: string, options: ParseOptions = {}): Roadmap {
  // Caches of short texts hold slices of the previous document; let it go.
  forgetStatusTexts();
  forgetIdKeys();
  forgetInlineTexts();
  const doc = prepareDocument(source);
  const legend = readLegend(doc);
  const h1 = doc.blocks.find((b) => b.type === "heading" && b.level === 1);
  const title = h1 && h1.type === "heading" ? inlineText(h1.raw) : "";
  // A malformed choice is refused before reading (typed SteeringError).
  const steer = options.milestones !== undefined ? validateSteer(options.milestones) : undefined;
  const template = looksLikeTemplate(doc) && !steer;
  const free = template ? undefined : extractFreeform(doc, legend, steer);
  const parsed = free ? { ...free, phases: [] } : parseTemplate(doc, legend);
  const reading: Reading = free ? free.reading : { carrier: "template", candidates: [] };
  const notes = [
    ...(free ? free.notes.map((message) => ({ message })) : []),
    ...(parsed.milestones.length === 0 ? [{ message: "no milestones found: the document has no recognisable milestone sequence (`roadmark status --explain` says how to name one)" }] : []),
  ];
  const roadmap: Roadmap = {
    title,
    format: template ? "template" : "freeform",
    milestones: parsed.milestones,
    phases: parsed.phases,
    ...("overview" in parsed && parsed.overview ? { overview: parsed.overview } : {}),
    source,
    lines: doc.lines,
    eol: doc.eol,
    bom: doc.bomLength > 0,
    notes,
    reading,
  };
  parsedBlocks.set(roadmap, doc.blocks);
  return roadmap;
}

// The blocks each roadmap was read from, so a reader after it (lint's rules) need not parse the source again.
const parsedBlocks = new WeakMap<Roadmap, readonly BlockNode[]>();

/** The Markdown blocks `parseRoadmap` read `roadmap` from (undefined for a roadmap built otherwise). */
export function blocksOfParsed(roadmap: Roadmap): readonly BlockNode[] | undefined {
  return parsedBlocks.get(roadmap);
}
