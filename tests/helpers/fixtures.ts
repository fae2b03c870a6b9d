import { readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/sources");

export function fixture(name: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, name));
}
