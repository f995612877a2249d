import { createHash } from "node:crypto";

/** A file's content hash as the contract writes it: `sha256:<hex of the bytes>`. */
export function hashOf(bytes: Buffer | string): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** Normalises a hash given by a caller (`sha256:` prefix optional, any case); undefined when malformed. */
export function parseHash(given: string): string | undefined {
  const m = /^\s*(?:sha256:)?([0-9a-f]{64})\s*$/i.exec(given);
  return m ? `sha256:${m[1]!.toLowerCase()}` : undefined;
}
