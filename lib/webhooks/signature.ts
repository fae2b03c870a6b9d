import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Each delivery carries `Factlog-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"
 * with the webhook's secret>`. A receiver recomputes it over the raw body and refuses a stale t
 * (README: "Webhooks"), which also defeats replays.
 */
export const SIGNATURE_HEADER = "factlog-signature";

export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function verifyDelivery(options: { secret: string; header: string | null | undefined; body: string; toleranceSeconds?: number; now?: number }): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(options.header ?? "");
  if (!match) return false;
  const timestamp = Number(match[1]);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signDelivery(options.secret, timestamp, options.body).slice(-64), "hex");
  return timingSafeEqual(expected, Buffer.from(match[2], "hex"));
}
