import type { Translate } from "../i18n/words";

/**
 * Where an import job stands, as data: stored in ImportJob.stage as JSON and put in words where it
 * is shown (the desk in its user's language, the command line in English), from
 * desk.importStage in the message catalogs.
 */
export type ImportStage =
  | { key: "queued" | "reading" | "imported" | "unchanged" | "unreadable" | "failed" }
  | { key: "saving"; entries: number }
  | { key: "saved"; written: number; total: number }
  /** A channel's export, stored as it is read: entries so far, and how much of the file is read. */
  | { key: "streaming"; written: number; percent: number };

export function storedStage(stage: ImportStage): string {
  return JSON.stringify(stage);
}

/** A stored stage back as data; null for one stored before stages were data (shown as it was written). */
export function readStage(stored: string | null): ImportStage | null {
  if (!stored?.startsWith("{")) return null;
  try {
    return JSON.parse(stored) as ImportStage;
  } catch {
    return null;
  }
}

/** next-intl's translator for the "desk.importStage" namespace. */
export type StageTranslator = Translate;

/** A stage in words; `t` is the desk.importStage translator of the reader's language. */
export function describeStage(t: StageTranslator, stored: string | null): string {
  const stage = readStage(stored);
  if (!stage) return stored ?? "";
  const { key, ...values } = stage;
  return t(key, values as Record<string, number>);
}
