// The shared rule-fixture harness (STYLE.md principle 9).
//
// Marker convention, used by every fixture and every docs example:
//   `<!-- expect: rule-id[, rule-id…] -->` states that each listed rule reports a finding that
//   STARTS on a given line. The line is:
//     - the marker's own line, when the line holds anything besides marker comments
//       (put it at the end: after the closing pipe of a table row, after a heading's text);
//     - otherwise (a line with only markers) the nearest line above it that is not marker-only.
//   List a rule twice for two findings on one line.
// Fixture settings: one line `<!-- fixture: {"history": {…}, "config": {…}} -->` passes a git
// history snapshot and a config (`rules` as in .roadmarkrc.json) to the run; `"verify": [{ "milestone",
// "text", "command", "status" }]` stands in for the record of `roadmark verify` runs.
// Links resolve against the fixture's own folder, so broken-link fixtures use real files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseConfig } from "../../src/lint/config.js";
import { lintRoadmap, type LintOptions } from "../../src/lint/run-rules.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import type { HistorySnapshot } from "../../src/model/history-snapshot.js";
import type { Roadmap } from "../../src/model/roadmap.js";
import { parseRoadmap } from "../../src/parse/to-model.js";
import { ROOT } from "../harness/paths.js";
import { commandHash, mergeRecord, EMPTY_RECORD, type VerifyRecord } from "../../src/verify/record.js";
import type { RunStatus } from "../../src/verify/types.js";

/** A fixture's stand-in for the verify record: one line per run, the command as written. */
interface FixtureRun {
  readonly milestone: string;
  readonly text: string;
  readonly command: string;
  readonly status: RunStatus;
}

function fixtureRecord(runs: readonly FixtureRun[]): VerifyRecord {
  return mergeRecord(
    EMPTY_RECORD,
    runs.map((r) => ({ milestone: r.milestone, text: r.text, commandHash: commandHash(r.command), status: r.status, exitCode: r.status === "passed" ? 0 : r.status === "failed" ? 1 : null, durationMs: 1, at: "2026-12-06T00:00:00.000Z", commit: "0123456789abcdef" })),
  );
}

/** The rule fixtures folder. */
export const FIXTURES = path.join(ROOT, "test/fixtures/rules");

const MARKER = /<!--\s*expect:\s*([\w\s,-]+?)\s*-->/g;
const ONLY_MARKERS = /^\s*(?:<!--\s*expect:[\w\s,-]+?-->\s*)+$/;
const FIXTURE = /<!--\s*fixture:\s*(\{.*\})\s*-->/;

/** Deep-freezes a value (cycles allowed), as ESLint's RuleTester does, so a mutating rule throws. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key], seen);
  return Object.freeze(value);
}

/** `line:rule-id` strings (1-based lines) the markers of `source` expect, sorted. */
export function expectedMarkers(source: string): string[] {
  const lines = source.split("\n").map((l) => l.replace(/\r$/, ""));
  const out: string[] = [];
  lines.forEach((text, i) => {
    if (!text.includes("expect:")) return;
    let target = i;
    if (ONLY_MARKERS.test(text)) {
      target = i - 1;
      while (target > 0 && ONLY_MARKERS.test(lines[target]!)) target--;
      if (target < 0) target = i; // a marker-only first line marks itself (an otherwise empty document)
    }
    for (const m of text.matchAll(MARKER)) {
      for (const id of m[1]!.split(/[\s,]+/).filter(Boolean)) out.push(`${target + 1}:${id}`);
    }
  });
  return out.sort();
}

/** The rule ids named in markers. */
export function markedRules(source: string): Set<string> {
  return new Set(expectedMarkers(source).map((x) => x.split(":")[1]!));
}

/** Lint options a fixture asks for, with links resolved in `dir`. */
export function fixtureOptions(source: string, dir: string): LintOptions {
  const m = FIXTURE.exec(source);
  const settings = m ? (JSON.parse(m[1]!) as { history?: HistorySnapshot; config?: unknown; verify?: FixtureRun[] }) : {};
  return {
    fileExists: (rel) => existsSync(path.resolve(dir, rel)),
    ...(settings.history ? { history: settings.history } : {}),
    ...(settings.config ? { config: parseConfig(settings.config, "fixture") } : {}),
    ...(settings.verify ? { verify: fixtureRecord(settings.verify) } : {}),
  };
}

/** Parses, freezes and lints a source. */
export function lintFrozen(source: string, options: LintOptions): { roadmap: Roadmap; diagnostics: Diagnostic[] } {
  const roadmap = deepFreeze(parseRoadmap(source));
  return { roadmap, diagnostics: lintRoadmap(roadmap, options).diagnostics };
}

/** `line:rule-id` strings of diagnostics, restricted to `rules`, sorted. */
export function toLineIds(roadmap: Roadmap, diagnostics: readonly Diagnostic[], rules?: ReadonlySet<string>): string[] {
  return diagnostics
    .filter((d) => !rules || rules.has(d.ruleId))
    .map((d) => `${roadmap.lines.position(d.span.start).line}:${d.ruleId}`)
    .sort();
}

/** Every rule fixture: `test/fixtures/rules/<rule-id>/<case>.md` (fixed-output snapshots excluded). */
export function listFixtures(): { rule: string; name: string; file: string }[] {
  const out: { rule: string; name: string; file: string }[] = [];
  for (const rule of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, rule);
    if (!existsSync(dir) || rule.startsWith(".")) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".md") || name.endsWith(".fixed.md") || name.startsWith("_")) continue;
      out.push({ rule, name, file: path.join(dir, name) });
    }
  }
  return out;
}

/** Reads a fixture as text (UTF-8, bytes kept: CRLF and BOM stay). */
export function readFixture(file: string): string {
  return readFileSync(file, "utf8");
}
