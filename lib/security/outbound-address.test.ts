import { describe, expect, it } from "vitest";
import { outboundAddress, isInternalAddress } from "./outbound-address";

describe("where Factlog may send a request (a webhook, a followed feed)", () => {
  it("knows internal addresses, IPv4 written as IPv6 included", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fc00::1", "fe80::1", "::ffff:10.0.0.1", "not an address"]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"]) expect(isInternalAddress(address), address).toBe(false);
  });

  it("refuses other schemes, this server, and internal addresses unless allowed", async () => {
    await expect(outboundAddress(new URL("ftp://example.org/x"), { allowPrivate: false, ownOrigins: [] })).rejects.toThrow(/not http or https/);
    await expect(outboundAddress(new URL("https://factlog.example.org/hook"), { allowPrivate: true, ownOrigins: ["https://factlog.example.org"] })).rejects.toThrow(/this Factlog server itself/);
    await expect(outboundAddress(new URL("http://10.0.0.5/hook"), { allowPrivate: false, ownOrigins: [] })).rejects.toThrow(/internal address \(10\.0\.0\.5\)/);
    await expect(outboundAddress(new URL("http://[::1]:8080/hook"), { allowPrivate: false, ownOrigins: [] })).rejects.toThrow(/internal address/);
    expect(await outboundAddress(new URL("http://10.0.0.5/hook"), { allowPrivate: true, ownOrigins: [] })).toEqual({ address: "10.0.0.5", family: 4 });
    expect(await outboundAddress(new URL("http://93.184.216.34/hook"), { allowPrivate: false, ownOrigins: [] })).toEqual({ address: "93.184.216.34", family: 4 });
  });
});
