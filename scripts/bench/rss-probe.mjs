// Preloaded into a benchmarked process (`node --import`): records its peak RSS at exit.
import { appendFileSync } from "node:fs";
const out = process.env.ROADMARK_BENCH_RSS;
if (out) process.on("exit", () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
