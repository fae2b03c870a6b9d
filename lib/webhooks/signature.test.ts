import { describe, expect, it } from "vitest";
import { signDelivery, verifyDelivery } from "./signature";

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
