import type { Shows } from "./generation.cjs";
export function recordPublicChange(shows: Shows, options?: { added?: boolean }): Promise<void>;
