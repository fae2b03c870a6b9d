import { createHash } from "node:crypto";

/** Content hash for de-duplication: whitespace-folded, Unicode-normalised, case-insensitive. */
export function contentHash(text: string): string {
  const normalised = text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(normalised).digest("hex");
}
