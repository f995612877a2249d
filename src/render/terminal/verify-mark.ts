import type { Criterion, Milestone } from "../../model/roadmap.js";
import type { VerifyContext } from "../../verify/record.js";
import { criterionState } from "../../verify/record.js";
import type { Colors } from "./colors.js";

/** How a criterion with a command shows in `status` and `next`: ✓ verified, ✗ failing, stale, or not run. */
export function verifyMark(verify: VerifyContext | undefined, m: Milestone, c: Criterion, col: Colors): string {
  if (!c.verify) return "";
  if (!verify) return col.dim("· not run");
  const { state, last } = criterionState(verify.record, verify.head, m, c);
  const at = last?.commit ? ` at ${last.commit.slice(0, 7)}` : "";
  switch (state) {
    case "verified":
      return col.green(`✓ verified${at}`);
    case "failing":
      return col.red(`✗ ${last?.status === "timed_out" ? "timed out" : "failing"}${at}`);
    case "stale":
      return col.yellow(`stale${last && last.commit !== verify.head ? ` (HEAD moved since${at})` : " (command changed)"}`);
    case "none":
      return col.dim("· not run");
  }
}
