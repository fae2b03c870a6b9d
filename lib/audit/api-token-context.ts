import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The API token a request came through (issue 22), for the audit events it makes: every change
 * made through the desk's API names its token, without each mutation being told.
 */
const current = new AsyncLocalStorage<{ apiTokenId: string }>();

export function withApiToken<T>(apiTokenId: string, work: () => Promise<T>): Promise<T> {
  return current.run({ apiTokenId }, work);
}

export function currentApiTokenId(): string | null {
  return current.getStore()?.apiTokenId ?? null;
}
