import { refusal } from "../i18n/refusals";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { FieldError, parseInput } from "../errors";
import { LOGO_MAX_BYTES, siteIdentitySchema, type SiteIdentityInput } from "./schema";

// An image's first bytes, by its type: anything else is refused, SVG included (it can carry scripts).
const IMAGE_SIGNATURES: [string, (bytes: Buffer) => boolean][] = [
  ["image/png", (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ["image/jpeg", (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff],
  ["image/webp", (bytes) => bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP"],
  ["image/gif", (bytes) => /^GIF8[79]a/.test(bytes.subarray(0, 6).toString("latin1"))],
];

/** The logo's bytes and type, or a refusal in words. */
export function readLogo(base64: string): { bytes: Buffer; type: string } {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length === 0) throw new FieldError(refusal("identity.logoEmpty"), "logo");
  if (bytes.length > LOGO_MAX_BYTES) throw new FieldError(refusal("identity.logoTooLarge", { size: (bytes.length / 1024 / 1024).toFixed(1) }), "logo");
  const type = IMAGE_SIGNATURES.find(([, matches]) => matches(bytes))?.[0];
  if (!type) throw new FieldError(refusal("identity.logoNotImage"), "logo");
  return { bytes, type };
}

/** The admin's save of the site's identity, audited (the logo by its type and size, not its bytes). */
export async function saveSiteIdentity(options: { db: Db; actor: Pick<CurrentUser, "id">; input: SiteIdentityInput }) {
  const input = parseInput(siteIdentitySchema, options.input);
  const logo = input.logo ? readLogo(input.logo) : null;
  const texts = { en: input.en, ru: input.ru, ky: input.ky, ratings: input.ratings };
  const logoColumns = input.logo === null ? {} : logo ? { logo: new Uint8Array(logo.bytes), logoType: logo.type } : { logo: null, logoType: null };
  await options.db.$transaction(async (tx) => {
    const before = await tx.siteIdentity.findUnique({ where: { id: "site" }, select: { texts: true, contactEmail: true, logoType: true } });
    await tx.siteIdentity.upsert({
      where: { id: "site" },
      create: { id: "site", texts, contactEmail: input.contactEmail || null, ...logoColumns },
      update: { texts, contactEmail: input.contactEmail || null, ...logoColumns },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "SiteIdentity",
      entityId: "site",
      action: "save",
      before,
      after: { texts, contactEmail: input.contactEmail || null, logo: logo ? { type: logo.type, bytes: logo.bytes.length } : input.logo === "" ? null : "unchanged" },
    });
  });
}
