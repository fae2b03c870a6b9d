import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { zipEntries } from "./zip";

async function* chunks(...parts: string[]) {
  for (const part of parts) yield part;
}

describe("zipEntries", () => {
  it("writes a ZIP that a ZIP reader reads back byte for byte, Cyrillic names and text included", async () => {
    const big = "Алматыга 20 миң бандит кол салганын; ".repeat(5000);
    const buffers: Buffer[] = [];
    for await (const buffer of zipEntries([
      { name: "claims.csv", chunks: chunks("\uFEFFslug,statement\r\n", "a,\"20,000 bandits\"\r\n", big) },
      { name: "доказательства.csv", chunks: chunks("", "x") },
    ])) buffers.push(buffer);
    const zip = await JSZip.loadAsync(Buffer.concat(buffers), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["claims.csv", "доказательства.csv"]);
    const claims = await zip.file("claims.csv")!.async("nodebuffer");
    expect(claims.toString("utf8")).toBe(`\uFEFFslug,statement\r\na,"20,000 bandits"\r\n${big}`);
    expect(await zip.file("доказательства.csv")!.async("string")).toBe("x");
    // Compressed: the repeated text takes far less room than itself.
    expect(Buffer.concat(buffers).length).toBeLessThan(claims.length / 10);
  });

  it("fails the whole archive when an entry fails, instead of ending a truncated file", async () => {
    async function* failing() {
      yield "slug,statement\r\n";
      throw new Error("The database is not answering.");
    }
    const read = async () => {
      for await (const buffer of zipEntries([{ name: "claims.csv", chunks: failing() }])) void buffer;
    };
    await expect(read()).rejects.toThrow("The database is not answering.");
  });
});
