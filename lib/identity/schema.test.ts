import { describe, expect, it } from "vitest";
import { inEnglish } from "../errors";
import { readLogo } from "./mutations";
import { siteIdentitySchema } from "./schema";

const texts = { name: "Kabar Check", tagline: "Claims checked against their sources.", description: "", howWeCheck: "" };
const valid = { en: texts, ru: { ...texts, tagline: "Заявления, проверенные по источникам." }, ky: { ...texts, tagline: "Текшерилген билдирүүлөр." } };

describe("the site's identity as an admin enters it", () => {
  it("takes plain text in each language, and a contact address", () => {
    expect(siteIdentitySchema.parse({ ...valid, contactEmail: "desk@kabar.example" }).contactEmail).toBe("desk@kabar.example");
  });

  it("refuses markup, overlong texts, empty names and a contact that is not an address, in words naming the field", () => {
    const issue = (input: unknown) => {
      const parsed = siteIdentitySchema.safeParse(input);
      return parsed.success ? null : `${parsed.error.issues[0].path.join(".")}: ${inEnglish(parsed.error.issues[0].message)}`;
    };
    expect(issue({ ...valid, ru: { ...valid.ru, tagline: "Заявления <b>проверены</b>" } })).toBe("ru.tagline: The tagline: write plain text, without markup such as <b> or <a>.");
    expect(issue({ ...valid, ky: { ...valid.ky, tagline: "x".repeat(201) } })).toBe("ky.tagline: The tagline is at most 200 characters.");
    expect(issue({ ...valid, en: { ...valid.en, name: " " } })).toBe("en.name: The name cannot be empty.");
    expect(issue({ ...valid, contactEmail: "not an address" })).toMatch(/^contactEmail: The contact address must be an email address/);
    // A less-than sign in prose is not markup.
    expect(issue({ ...valid, en: { ...valid.en, description: "Deaths < 300 by every count." } })).toBeNull();
  });

  it("takes a logo only if it is a PNG, JPEG, WebP or GIF image of 1 MB or less", () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    expect(readLogo(png.toString("base64")).type).toBe("image/png");
    expect(() => readLogo(Buffer.from("<svg onload=alert(1)></svg>").toString("base64"))).toThrow("The logo is not a PNG, JPEG, WebP or GIF image.");
    expect(() => readLogo(Buffer.concat([png, Buffer.alloc(1024 * 1024)]).toString("base64"))).toThrow(/it must be 1 MB or less/);
    expect(() => readLogo("")).toThrow("The logo file is empty.");
  });
});
