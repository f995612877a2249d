// Reading and writing the record of verify runs (`<git-dir>/roadmark/verify.json`). Reading is
// lenient (a missing or unreadable record is an empty one); writing re-reads and merges just
// before an atomic replace, so a concurrent run's other results are kept.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { EMPTY_RECORD, mergeRecord, parseRecord, type RecordEntry, type VerifyRecord } from "../verify/record.js";
import { writeFileAtomic } from "./write-file.js";

/** Reads the record (empty when missing or unreadable). */
export async function readRecord(recordFile: string): Promise<VerifyRecord> {
  const text = await readFile(recordFile, "utf8").catch(() => undefined);
  return text === undefined ? EMPTY_RECORD : parseRecord(text);
}

/**
 * Adds `entries` to the record on disk (re-read just before writing, so a concurrent run's other
 * results are kept) and writes it atomically; creates `<git-dir>/roadmark/` when missing.
 */
export async function writeRecord(recordFile: string, entries: readonly RecordEntry[]): Promise<VerifyRecord> {
  await mkdir(path.dirname(recordFile), { recursive: true });
  const merged = mergeRecord(await readRecord(recordFile), entries);
  await writeFileAtomic(recordFile, JSON.stringify(merged, null, 2) + "\n", { display: recordFile });
  return merged;
}
