export const GENERATION_HEADER: "x-factlog-generation";
export function flushes(): number;
export function flushed(): number;
