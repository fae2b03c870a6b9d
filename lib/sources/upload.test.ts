import { describe, expect, it } from "vitest";
import { inEnglish } from "../errors";
import { readUpload } from "./upload";

const upload = (name: string, bytes: number) => {
  const body = new FormData();
  body.append("files", new Blob([new Uint8Array(bytes).fill(0x61)], { type: "application/octet-stream" }), name);
  return readUpload(new Request("http://factlog.test/api/imports", { method: "POST", body }));
};

describe("an upload's size", () => {
  it("takes a channel's Telegram export past 20 MB, and refuses any other file past 20 MB in words", async () => {
    const exported = await upload("result.json", 21 * 1024 * 1024);
    expect(exported.ok && exported.files.map((file) => [file.name, file.bytes.length])).toEqual([["result.json", 21 * 1024 * 1024]]);
    const refused = await upload("blog.txt", 20 * 1024 * 1024 + 1);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(inEnglish(refused.message)).toBe("blog.txt is larger than 20 MB; split it into smaller files. A channel's Telegram Desktop export (result.json) can be up to 200 MB.");
    expect(inEnglish(refused.fieldErrors!.files)).toBe("Too large");
  });
});
