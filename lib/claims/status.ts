import type { ClaimStatus } from "../db/generated/enums";

/**
 * A claim's life in one place: which statuses readers see, which an editor may still change,
 * and what each review step needs. Everything else (queries, guards, the desk's buttons, the
 * exports) asks this module instead of spelling the statuses out again.
 */

/** Only these statuses are ever shown to readers. */
export const PUBLIC_STATUSES = ["PUBLISHED", "UPDATED"] as const satisfies readonly ClaimStatus[];
/** A claim's fields change only while it is a draft or awaiting review; after that, by correction. */
export const EDITABLE_STATUSES = ["DRAFT", "IN_REVIEW"] as const satisfies readonly ClaimStatus[];

export function isPublic(status: ClaimStatus): boolean {
  return (PUBLIC_STATUSES as readonly ClaimStatus[]).includes(status);
}

export function isEditable(status: ClaimStatus): boolean {
  return (EDITABLE_STATUSES as readonly ClaimStatus[]).includes(status);
}

/** The `where` of any query for what readers may see: `{ ...publicClaimWhere, ... }`. */
export const publicClaimWhere = { status: { in: [...PUBLIC_STATUSES] as ClaimStatus[] } };

export type TransitionName = "submit" | "publish" | "return" | "correct" | "archive";
export type Transition = {
  /** The statuses a claim may be in for this step; anything else is refused with `refusal`. */
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  /** The least role that may take the step (checked in the mutation as well as the action). */
  role: "editor" | "reviewer";
  refusal: string;
};

const ALL_BUT_ARCHIVED = ["DRAFT", "IN_REVIEW", "PUBLISHED", "UPDATED"] as const satisfies readonly ClaimStatus[];

export const TRANSITIONS: Record<TransitionName, Transition> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", role: "editor", refusal: "Only a draft can be sent for review." },
  publish: { from: ["IN_REVIEW"], to: "PUBLISHED", role: "reviewer", refusal: "Only a claim awaiting review can be published." },
  return: { from: ["IN_REVIEW"], to: "DRAFT", role: "reviewer", refusal: "Only a claim awaiting review can be sent back." },
  correct: { from: PUBLIC_STATUSES, to: "UPDATED", role: "reviewer", refusal: "Only a published claim can be corrected." },
  archive: { from: ALL_BUT_ARCHIVED, to: "ARCHIVED", role: "reviewer", refusal: "This claim is already archived." },
};

/** Whether `step` may be taken from `status` (the desk shows only the steps that may). */
export function canTransition(status: ClaimStatus, step: TransitionName): boolean {
  return TRANSITIONS[step].from.includes(status);
}
