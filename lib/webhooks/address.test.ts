import { describe, expect, it } from "vitest";
import { deliveryAddress, isInternalAddress } from "./address";
import { signDelivery, verifyDelivery } from "./signature";

describe("where a webhook may point", () => {
  it("knows internal addresses, IPv4 written as IPv6 included", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fc00::1", "fe80::1", "::ffff:10.0.0.1", "not an address"]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"]) expect(isInternalAddress(address), address).toBe(false);
  });

  it("refuses other schemes, this server, and internal addresses unless allowed", async () => {
    await expect(deliveryAddress(new URL("ftp://example.org/x"), { allowPrivate: false, ownOrigins: [] })).rejects.toThrow(/not http or https/);
    await expect(deliveryAddress(new URL("https://factlog.example.org/hook"), { allowPrivate: true, ownOrigins: ["https://factlog.example.org"] })).rejects.toThrow(/this Factlog server itself/);
    await expect(deliveryAddress(new URL("http://10.0.0.5/hook"), { allowPrivate: false, ownOrigins: [] })).rejects.toThrow(/internal address \(10\.0\.0\.5\)/);
    await expect(deliveryAddress(new URL("http://[::1]:8080/hook"), { allowPrivate: false, ownOrigins: [] })).rejects.toThrow(/internal address/);
    expect(await deliveryAddress(new URL("http://10.0.0.5/hook"), { allowPrivate: true, ownOrigins: [] })).toEqual({ address: "10.0.0.5", family: 4 });
    expect(await deliveryAddress(new URL("http://93.184.216.34/hook"), { allowPrivate: false, ownOrigins: [] })).toEqual({ address: "93.184.216.34", family: 4 });
  });
});

describe("signed deliveries", () => {
  it("verifies its own signature over the exact body, within five minutes", () => {
    const body = JSON.stringify({ event: "claim.published" });
    const header = signDelivery("whsec_test", 1_800_000_000, body);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyDelivery({ secret: "whsec_test", header, body, now: 1_800_000_100 })).toBe(true);
    expect(verifyDelivery({ secret: "whsec_test", header, body: `${body} `, now: 1_800_000_100 })).toBe(false);
    expect(verifyDelivery({ secret: "whsec_other", header, body, now: 1_800_000_100 })).toBe(false);
    expect(verifyDelivery({ secret: "whsec_test", header, body, now: 1_800_000_400 })).toBe(false);
    expect(verifyDelivery({ secret: "whsec_test", header: "garbage", body })).toBe(false);
  });
});
