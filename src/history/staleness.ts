// Placeholder seam, owned by the history work (issue 7).
import type { HistorySnapshot } from "../model/history-snapshot.js";

/** What git says about the roadmap's freshness, or undefined outside a git repository. */
export async function readStaleness(_cwd: string, _file: string): Promise<HistorySnapshot | undefined> {
  return undefined;
}
