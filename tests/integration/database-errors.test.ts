import { describe, expect, it } from "vitest";
import { assertReachable } from "../../lib/db/connect";

describe("an unreachable database", () => {
  it("says which address it tried", async () => {
    await expect(assertReachable("postgresql://postgres@127.0.0.1:1/factlog")).rejects.toThrow(
      /^Could not reach PostgreSQL at 127\.0\.0\.1:1 \(database factlog\): /,
    );
  });
});
