import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { ClaimError } from "../claims/errors";
import { anchorQuote } from "../text/anchor";
import type { CurrentUser } from "../auth/guards";

export const linkEvidenceSchema = z.object({
  claimId: z.string().min(1),
  entryId: z.string().min(1),
  stance: z.enum(["SUPPORTS", "CONTRADICTS", "CONTEXT"], { message: "Choose supports, contradicts or context." }),
  passage: z.string().trim().min(1, { message: "Select the passage that bears on the claim." }),
  passageStart: z.number().int().min(0).optional(),
  note: z.string().trim().max(2000).nullable().default(null),
});

export async function linkEvidence(options: { db: Db; actor: Pick<CurrentUser, "id">; input: z.input<typeof linkEvidenceSchema> }) {
  const parsed = linkEvidenceSchema.safeParse(options.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ClaimError(issue.message, issue.path.map(String).join("."));
  }
  const input = parsed.data;
  return options.db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { text: true } });
    if (!entry) throw new ClaimError("That entry no longer exists.", "entryId");
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } });
    if (!claim) throw new ClaimError("That claim does not exist.", "claimId");
    const anchor = anchorQuote(entry.text, input.passage, input.passageStart);
    if (!anchor) throw new ClaimError("The passage is not in the entry: select it from the entry's text.", "passage");
    const duplicate = await tx.evidenceLink.findUnique({ where: { claimId_entryId: { claimId: input.claimId, entryId: input.entryId } }, select: { id: true } });
    if (duplicate) throw new ClaimError("This entry is already linked to the claim.", "entryId");
    const link = await tx.evidenceLink.create({
      data: {
        claimId: input.claimId,
        entryId: input.entryId,
        stance: input.stance,
        passageExact: anchor.exact,
        passagePrefix: anchor.prefix,
        passageSuffix: anchor.suffix,
        passageStart: anchor.start,
        passageEnd: anchor.end,
        note: input.note,
        createdById: options.actor.id,
      },
      select: { id: true, stance: true, entryId: true, passageExact: true, note: true },
    });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "EvidenceLink", entityId: link.id, action: "create", after: { ...link, claimId: input.claimId } });
    return link;
  });
}
