import { refusal } from "../i18n/refusals";
import { lookup } from "node:dns/promises";
import net from "node:net";
import { UserFacingError } from "../errors";

/**
 * Where Factlog may send a request of its own (a webhook's delivery, a followed feed's poll):
 * http(s) only, never to this server, and never to a private, loopback, link-local or otherwise
 * internal address unless an admin allowed it for that webhook or feed. Checked on every request,
 * and on every redirect, against what the name resolves to then; the caller connects to the
 * address checked, so a name cannot resolve elsewhere in between.
 */
const INTERNAL = new net.BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) INTERNAL.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]] as const) INTERNAL.addSubnet(address, prefix, "ipv6");

export class OutboundAddressError extends UserFacingError {}

export function isInternalAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return INTERNAL.check(address, "ipv4");
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as IPv4.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? INTERNAL.check(mapped[1], "ipv4") : INTERNAL.check(address, "ipv6");
}

/** The address to connect to for `url`, or a refusal in words. `ownOrigins` are this server's. */
export async function outboundAddress(url: URL, options: { allowPrivate: boolean; ownOrigins: string[] }): Promise<{ address: string; family: number }> {
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new OutboundAddressError(refusal("outbound.scheme", { scheme: url.protocol }));
  if (options.ownOrigins.includes(url.origin)) throw new OutboundAddressError(refusal("outbound.self"));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let resolved: { address: string; family: number }[];
  try {
    resolved = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await lookup(host, { all: true });
  } catch {
    throw new OutboundAddressError(refusal("outbound.unresolved", { host }));
  }
  if (resolved.length === 0) throw new OutboundAddressError(refusal("outbound.unresolved", { host }));
  if (!options.allowPrivate) {
    const internal = resolved.find((each) => isInternalAddress(each.address));
    if (internal) throw new OutboundAddressError(refusal("outbound.internal", { host, address: internal.address }));
  }
  return resolved[0];
}
