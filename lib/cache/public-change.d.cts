import type { Shows } from "./generation.cjs";
export function recordPublicChange(shows: Shows): Promise<void>;
