"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "../cache/revalidate-public";
import { z } from "zod";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { searchEntries } from "../entries/queries";
import { changeEvidence, dismissSuggestion, linkEvidence, unlinkEvidence, type dismissSuggestionSchema, type evidenceChangeSchema, type linkEvidenceSchema } from "./mutations";

async function refresh(claimId: string) {
  const claim = await getDb().claim.findUnique({ where: { id: claimId }, select: { publishedAt: true } });
  revalidatePath(`/desk/claims/${claimId}`);
  // A claim that was never published is on no public page: editing a draft empties no cache.
  if (claim?.publishedAt) revalidatePublicPages();
}

export async function linkEvidenceAction(input: z.input<typeof linkEvidenceSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const link = await linkEvidence({ db: getDb(), actor: user, input });
    await refresh(input.claimId);
    return link;
  });
}

const querySchema = z.string({ message: "Type the words to search for." });
const claimRefSchema = z.object({ claimId: z.string().min(1) });
const unlinkSchema = z.object({ linkId: z.string().min(1), claimId: z.string().min(1) });

export async function changeEvidenceAction(input: z.input<typeof evidenceChangeSchema> & { claimId: string }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { claimId } = parseActionInput(claimRefSchema, input);
    await changeEvidence({ db: getDb(), actor: user, input });
    await refresh(claimId);
    return null;
  });
}

export async function unlinkEvidenceAction(input: { linkId: string; claimId: string }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { linkId, claimId } = parseActionInput(unlinkSchema, input);
    await unlinkEvidence({ db: getDb(), actor: user, linkId });
    await refresh(claimId);
    return null;
  });
}

export async function dismissSuggestionAction(input: z.input<typeof dismissSuggestionSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    await dismissSuggestion({ db: getDb(), actor: user, input });
    await refresh(input.claimId);
    return null;
  });
}

/** Entries to link by hand: the desk's search, as a read for a signed-in editor. */
export async function searchEntriesAction(query: string) {
  return runAction(async () => {
    await requireRole("editor");
    return searchEntries({ query: parseActionInput(querySchema, query).slice(0, 200), limit: 15 });
  });
}
