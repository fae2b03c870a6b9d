import type { ChangeLog, Shows } from "./generation.cjs";
export type StoredEntry<T = unknown> = { g: number; at: number; v: T; shows?: Shows } & Record<string, unknown>;
export type RedisStore = {
  changes(): Promise<ChangeLog | null>;
  generation(): Promise<number | null>;
  get<T = unknown>(key: string, options?: { servable?: boolean }): Promise<{ entry: StoredEntry<T> | null; generation: number | null; stale?: boolean }>;
  set(key: string, value: unknown, generation: number | null, extra?: Record<string, unknown>): Promise<void>;
  renderOnce<T = unknown>(key: string, waitMs?: number): Promise<{ entry: StoredEntry<T>; generation: number | null } | null>;
  release(key: string): Promise<void>;
  delete(key: string): Promise<void>;
  bump(shows?: Shows, added?: boolean): Promise<void>;
  quit(): Promise<void>;
};
/** The most a change made elsewhere takes to reach a process reading through this store. */
export const GENERATION_TTL_MS: number;
export function createRedisStore(options: { url: string; prefix: string; build?: string; log?: { error(message: string): void }; generationTtlMs?: number }): RedisStore;
export function sharedRedisStore(): RedisStore | null;
