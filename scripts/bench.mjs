// `npm run bench`: medians and ratios against the floor (plain `node` start-up, the bare
// markdown-it parse) and, where the later benches exist, against peers run side by side.
// A script, not a test: it prints figures; it asserts nothing and never fails CI.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import MarkdownIt from "markdown-it";
import { generateRoadmap } from "./gen-roadmap.mjs";
import { generateFreeform } from "./gen-freeform.mjs";
import { compare, table, timeIt } from "./bench/util.mjs";
import { DEEP_HEADINGS, LONG_LINES, headingDocument, lineDocument } from "./bench/shapes.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(ROOT);
if (!existsSync("dist/index.js")) spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
// `node scripts/bench.mjs mcp`: only the MCP figures.
if (process.argv[2] === "mcp") {
  const r = spawnSync(process.execPath, ["scripts/bench-mcp.mjs", ...process.argv.slice(3)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
const { parseRoadmap } = await import(path.join(ROOT, "dist/index.js"));
const quick = process.argv.includes("--quick");
const RUNS = quick ? 3 : 7;
const BIG_RUNS = quick ? 3 : 5;
const mb = (s) => Buffer.byteLength(s) / 1024 / 1024;
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);

mkdirSync(".bench", { recursive: true });
const sizes = { 1: 500, 10: 5000, 50: 25000 };
const files = {};
for (const [size, n] of Object.entries(sizes)) {
  const f = `.bench/roadmap-${size}mb.md`;
  if (!existsSync(f)) writeFileSync(f, generateRoadmap(n));
  files[size] = f;
}
const freeformFiles = {};
for (const size of ["1", "10", "50"]) {
  const f = `.bench/freeform-${size}mb.md`;
  if (!existsSync(f)) writeFileSync(f, generateFreeform(Number(size) * 1024 * 1024).text);
  freeformFiles[size] = f;
}
const freeform10 = freeformFiles[10];
console.log(`roadmark bench · node ${process.version} · ${new Date().toISOString()}${quick ? " · quick" : ""}\n`);

// (a) parse-to-model vs a full markdown-it parse, in process.
const md = new MarkdownIt("commonmark").enable(["table", "strikethrough"]);
const corpusDir = path.resolve(ROOT, "../shared/corpus/real");
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => readFileSync(path.join(corpusDir, f), "utf8")) : [];
const inputs = [];
if (corpus.length) inputs.push(["corpus (" + corpus.length + " files)", corpus]);
inputs.push(["generated 10 MB, 5,000 milestones", [readFileSync(files[10], "utf8")]]);
inputs.push(["generated 10 MB free-form (GSD-style)", [readFileSync(freeform10, "utf8")]]);
const rowsA = [["(a) in process", "size MB", "roadmark ms", "MB/s", "markdown-it full ms", "MB/s", "ratio"]];
for (const [label, docs] of inputs) {
  const size = docs.reduce((a, d) => a + mb(d), 0);
  const ours = timeIt(() => docs.forEach((d) => parseRoadmap(d)), label.startsWith("corpus") ? RUNS * 3 : BIG_RUNS);
  const full = timeIt(() => docs.forEach((d) => md.parse(d, {})), label.startsWith("corpus") ? RUNS * 3 : BIG_RUNS);
  rowsA.push([label, f2(size), f1(ours), f1(size / (ours / 1000)), f1(full), f1(size / (full / 1000)), f2(ours / full)]);
}
console.log(table(rowsA) + "\n");

// (b) + (c): processes. status --json on 10 MB vs a process that only runs a full parse;
// `roadmark status` on a typical roadmap vs `node -e 0`.
const [st10, full10] = compare(
  [{ args: ["dist/cli.js", "status", "--json", files[10]] }, { args: ["scripts/bench/full-parse.mjs", files[10]] }],
  BIG_RUNS,
);
const [stFree, fullFree] = compare(
  [{ args: ["dist/cli.js", "status", "--json", freeform10] }, { args: ["scripts/bench/full-parse.mjs", freeform10] }],
  BIG_RUNS,
);
const [stTypical, nodeZero] = compare([{ args: ["dist/cli.js", "status", "examples/ROADMAP.md"] }, { args: ["-e", "0"] }], RUNS * 2);
console.log(
  table([
    ["(b,c) processes", "median ms", "peak RSS MB", "floor ms", "floor RSS MB", "time ratio", "memory ratio"],
    ["status --json, 10 MB vs full markdown-it parse", f1(st10.ms), f1(st10.rssMb), f1(full10.ms), f1(full10.rssMb), f2(st10.ms / full10.ms), f2(st10.rssMb / full10.rssMb)],
    ["status --json, 10 MB free-form vs full markdown-it parse", f1(stFree.ms), f1(stFree.rssMb), f1(fullFree.ms), f1(fullFree.rssMb), f2(stFree.ms / fullFree.ms), f2(stFree.rssMb / fullFree.rssMb)],
    ["status, examples/ROADMAP.md vs node -e 0", f1(stTypical.ms), f1(stTypical.rssMb), f1(nodeZero.ms), f1(nodeZero.rssMb), f2(stTypical.ms / nodeZero.ms), f2(stTypical.rssMb / nodeZero.rssMb)],
  ]) + "\n",
);

// (d) linear growth: 1, 10 and 50 MB, template and free-form.
const rowsD = [["(d) growth", "size MB", "status --json ms", "ms per MB", "peak RSS MB"]];
for (const [kind, set] of [["template", files], ["free-form", freeformFiles]]) {
  for (const size of ["1", "10", "50"]) {
    const text = readFileSync(set[size]);
    const [r] = compare([{ args: ["dist/cli.js", "status", "--json", set[size]] }], size === "50" ? 3 : BIG_RUNS);
    rowsD.push([`${kind} ${size} MB`, f2(text.length / 1024 / 1024), f1(r.ms), f1(r.ms / (text.length / 1024 / 1024)), f1(r.rssMb)]);
  }
}
console.log(table(rowsD) + "\n");

// (e) pathological shapes: each against a markdown-it parse of the same document. A shape read
// in quadratic time shows here as a ratio in the hundreds.
const rowsE = [["(e) shapes", "size KB", "roadmark ms", "markdown-it full ms", "ratio"]];
for (const [label, src] of [...LONG_LINES.map(([l, line]) => [l, lineDocument(line)]), ...DEEP_HEADINGS.map(([l, head]) => [l, headingDocument(head)])]) {
  const ours = timeIt(() => parseRoadmap(src), RUNS);
  const full = timeIt(() => md.parse(src, {}), RUNS);
  rowsE.push([label, f1(Buffer.byteLength(src) / 1024), f1(ours), f1(full), f2(ours / full)]);
}
console.log(table(rowsE) + "\n");

// Later benches, when they exist: each prints its own figures.
for (const part of ["lint", "edit", "history", "render", "verify", "mcp", "action"]) {
  const script = `scripts/bench-${part}.mjs`;
  if (!existsSync(script)) continue;
  console.log(`── ${part} ──`);
  const r = spawnSync(process.execPath, [script, ...(quick ? ["--quick"] : [])], { stdio: "inherit" });
  if (r.status !== 0) console.log(`(bench-${part} exited ${r.status})`);
  console.log("");
}
