"use server";
import type { z } from "zod";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { searchEntries } from "../entries/queries";
import { refreshAfterClaimChange } from "../claims/refresh-after-change";
import { changeEvidence, dismissSuggestion, linkEvidence, unlinkEvidence } from "./mutations";
import { entrySearchQuerySchema, evidenceOfClaimSchema, unlinkEvidenceSchema, type dismissSuggestionSchema, type evidenceChangeSchema, type linkEvidenceSchema } from "./schema";

export async function linkEvidenceAction(input: z.input<typeof linkEvidenceSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const link = await linkEvidence({ db: getDb(), actor: user, input });
    await refreshAfterClaimChange(input.claimId, ["claim"]);
    return link;
  });
}

export async function changeEvidenceAction(input: z.input<typeof evidenceChangeSchema> & { claimId: string }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { claimId } = parseActionInput(evidenceOfClaimSchema, input);
    await changeEvidence({ db: getDb(), actor: user, input });
    await refreshAfterClaimChange(claimId, ["claim"]);
    return null;
  });
}

export async function unlinkEvidenceAction(input: { linkId: string; claimId: string }) {
  return runAction(async () => {
    const user = await requireRole("editor");
    const { linkId, claimId } = parseActionInput(unlinkEvidenceSchema, input);
    await unlinkEvidence({ db: getDb(), actor: user, linkId });
    await refreshAfterClaimChange(claimId, ["claim"]);
    return null;
  });
}

export async function dismissSuggestionAction(input: z.input<typeof dismissSuggestionSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    await dismissSuggestion({ db: getDb(), actor: user, input });
    await refreshAfterClaimChange(input.claimId, ["claim"]);
    return null;
  });
}

/** Entries to link by hand: the desk's search, as a read for a signed-in editor. */
export async function searchEntriesAction(query: string) {
  return runAction(async () => {
    await requireRole("editor");
    return (await searchEntries({ query: parseActionInput(entrySearchQuerySchema, query).slice(0, 200), limit: 15 })).hits;
  });
}
