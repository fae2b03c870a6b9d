import "server-only";
import { z } from "zod";
import type { TokenCaller } from "../api-tokens/tokens";
import type { TokenScope } from "../api-tokens/schema";
import type { RoleName } from "../auth/roles";
import { findCandidateQueue } from "../candidates/queries";
import { candidateFilterSchema } from "../candidates/schema";
import { createClaim } from "../claims/mutations";
import { refreshAfterClaimChange, type ClaimChange } from "../claims/refresh-after-change";
import type { TransitionName } from "../claims/status";
import { archiveClaim, correctClaim, publishClaim, returnClaimToDraft, submitClaim } from "../claims/review-claim";
import { archiveClaimSchema, CLAIM_FIELDS, correctClaimSchema, type ClaimFieldName, createClaimSchema, publishClaimSchema, reviewNoteSchema } from "../claims/schema";
import { CLAIM_FIELD_SELECT, toClaimFields } from "../claims/snapshot";
import { ClaimConflictError } from "../claims/errors";
import { updateClaimTellingPublished } from "../claims/update-claim";
import type { Db } from "../db/client";
import { changeEvidence, linkEvidence } from "../evidence/mutations";
import { evidenceChangeSchema, linkEvidenceSchema } from "../evidence/schema";
import { inEnglish, UserFacingError } from "../errors";
import { exportDownload, formatError } from "../export/download";
import { exportFilterSchema } from "../export/filter";
import type { ExportFormat } from "../export/run-export";
import { importOptionsSchema } from "../sources/import-jobs";
import { findImportJobsByIds, findSources } from "../sources/queries";
import { stageInEnglish } from "../sources/import-jobs";
import { queueImports } from "../sources/queue";

/**
 * The desk's API (issue 22): every desk action as a JSON route under /api/v1/desk/, called with a
 * personal API token. One table: the route handlers (app/api/v1/desk/…), the OpenAPI document
 * (lib/api/openapi.ts) and the access table's test all read it. Each operation runs the same
 * function the desk's server action runs, so roles, two-person review, version checks and audit
 * events are the desk's own; the audit events name the token (lib/audit/api-token-context.ts).
 */
export class NotFoundError extends UserFacingError {}

export type OperationContext<I> = { db: Db; caller: TokenCaller; params: Record<string, string>; input: I };

export type DeskOperation<S extends z.ZodType = z.ZodType> = {
  method: "GET" | "POST" | "PATCH";
  /** The OpenAPI path, with {name} for each segment of the route's folder [name]. */
  path: string;
  summary: string;
  role: RoleName;
  scope: TokenScope;
  /** The query (GET) or the JSON body. */
  input: S;
  /** The status of a success (200 unless said). */
  status?: number;
  run: (context: OperationContext<z.output<S>>) => Promise<unknown>;
};

const operation = <S extends z.ZodType>(definition: DeskOperation<S>) => definition as unknown as DeskOperation;
const nothing = z.object({}).strict();
const version = z.number({ message: "Send the version of the claim you read (its version field)." }).int().min(1);

async function claimForApi(db: Db, id: string) {
  const claim = await db.claim.findUnique({
    where: { id },
    select: { id: true, slug: true, status: true, version: true, entryId: true, anchorStart: true, anchorEnd: true, anchorState: true, rating: { select: { key: true } }, verdictSummary: true, publishedAt: true, ...CLAIM_FIELD_SELECT,
      evidence: { select: { id: true, entryId: true, stance: true, passageExact: true, passageStart: true, passageEnd: true, note: true } } },
  });
  if (!claim) throw new NotFoundError(`There is no claim with the id "${id}".`);
  const { rating, evidence, ...rest } = claim;
  return { id: rest.id, slug: rest.slug, status: rest.status.toLowerCase(), version: rest.version, entryId: rest.entryId, anchor: rest.anchorStart === null ? null : { start: rest.anchorStart, end: rest.anchorEnd, state: rest.anchorState },
    rating: rating?.key ?? null, verdictSummary: rest.verdictSummary, publishedAt: rest.publishedAt, fields: toClaimFields(rest), evidence };
}

/** After a change to a claim: its desk pages and, if readers could see it, the public pages it is on. */
const refresh = (claimId: string, change: ClaimChange = "any") => refreshAfterClaimChange(claimId, ["claim", "dashboard"], { change });

/** A review step (POST …/claims/{id}/<step>): the desk's own function, then the claim as it now stands. */
function reviewStep<S extends z.ZodType>(step: TransitionName, summary: string, role: RoleName, input: S, run: (context: OperationContext<z.output<S>>) => Promise<unknown>) {
  return operation({
    method: "POST", path: `/api/v1/desk/claims/{id}/${step}`, summary, role, scope: "write", input,
    run: async (context) => {
      await run(context);
      // A correction changes only the claim's verdict, as in the desk (lib/claims/actions.ts).
      await refresh(context.params.id, step === "correct" ? "verdict" : step === "publish" ? "publication" : "any");
      return claimForApi(context.db, context.params.id);
    },
  });
}

export const DESK_OPERATIONS = {
  listSources: operation({
    method: "GET", path: "/api/v1/desk/sources", summary: "The newest imported sources (200 at most), with their entry counts.", role: "editor", scope: "read",
    input: nothing, run: async ({ db }) => ({ sources: await findSources({ db }) }),
  }),
  listEntries: operation({
    method: "GET", path: "/api/v1/desk/sources/{id}/entries", summary: "A source's entries, in order, with their ids for claims and evidence.", role: "editor", scope: "read",
    input: nothing,
    run: async ({ db, params }) => {
      const source = await db.source.findUnique({ where: { id: params.id }, select: { id: true, title: true, entries: { orderBy: { ordinal: "asc" }, select: { id: true, ordinal: true, postedAt: true, headline: true, text: true, language: true } } } });
      if (!source) throw new NotFoundError(`There is no source with the id "${params.id}".`);
      return source;
    },
  }),
  listCandidates: operation({
    method: "GET", path: "/api/v1/desk/candidates", summary: "Sentences claim spotting proposes to check, best first (the desk's To check queue).", role: "editor", scope: "read",
    input: candidateFilterSchema, run: async ({ db, input }) => ({ candidates: await findCandidateQueue({ db, filter: input, limit: 100 }) }),
  }),
  importSource: operation({
    method: "POST", path: "/api/v1/desk/imports", summary: "Queues files for import (text, as the desk's upload takes them); poll each job's status.", role: "editor", scope: "write", status: 202,
    input: z.object({
      files: z.array(z.object({ name: z.string().trim().min(1).max(200), content: z.string().min(1, { message: "A file to import needs content." }).max(50_000_000) })).min(1, { message: "Send at least one file." }).max(20),
      options: importOptionsSchema.default({ kind: "auto" }),
    }),
    run: async ({ caller, input }) => ({ jobs: await queueImports({ actorId: caller.id, files: input.files.map((file) => ({ name: file.name, bytes: new TextEncoder().encode(file.content) })), options: input.options }) }),
  }),
  importStatus: operation({
    method: "GET", path: "/api/v1/desk/imports/{id}", summary: "An import job's progress, and the source it made once finished.", role: "editor", scope: "read",
    input: nothing,
    run: async ({ db, caller, params }) => {
      const [job] = await findImportJobsByIds({ db, ids: [params.id], actorId: caller.id });
      if (!job) throw new NotFoundError(`There is no import job of yours with the id "${params.id}".`);
      // A script reads English: the stage and the reason a job failed, in words.
      return { ...job, stage: stageInEnglish(job.stage), error: job.error ? inEnglish(job.error) : null };
    },
  }),
  createClaim: operation({
    method: "POST", path: "/api/v1/desk/claims", summary: "Logs a claim, from an entry with its anchored quote (anchor.exact as it stands in the entry).", role: "editor", scope: "write", status: 201,
    input: createClaimSchema,
    run: async ({ db, caller, input }) => {
      const created = await createClaim({ db, actor: caller, input });
      return claimForApi(db, created.id);
    },
  }),
  getClaim: operation({
    method: "GET", path: "/api/v1/desk/claims/{id}", summary: "A claim as the desk sees it, with its version and evidence.", role: "editor", scope: "read",
    input: nothing, run: ({ db, params }) => claimForApi(db, params.id),
  }),
  updateClaim: operation({
    method: "PATCH", path: "/api/v1/desk/claims/{id}", summary: "Changes a claim's fields; send the version you read. A stale version gets 409 with both values.", role: "editor", scope: "write",
    // Only the fields sent: each is checked with the rest by the desk's own save.
    input: z.object({ version, fields: z.partialRecord(z.enum(CLAIM_FIELDS as [ClaimFieldName, ...ClaimFieldName[]]), z.unknown()) }),
    run: async ({ db, caller, params, input }) => {
      const stored = await db.claim.findUnique({ where: { id: params.id }, select: { version: true, ...CLAIM_FIELD_SELECT } });
      if (!stored) throw new NotFoundError(`There is no claim with the id "${params.id}".`);
      const base = toClaimFields(stored);
      // The API sends no "as it was" copy, so an older version than the stored one is a conflict
      // on every field sent, answered with both values.
      if (input.version !== stored.version) {
        const sent = Object.entries(input.fields).filter(([, value]) => value !== undefined);
        throw new ClaimConflictError(sent.map(([field, yours]) => ({ field, yours, theirs: base[field as keyof typeof base] })), stored.version, base);
      }
      // Only the fields sent change; the rest stay as stored at the version the caller read.
      const fields = { ...base, ...Object.fromEntries(Object.entries(input.fields).filter(([, value]) => value !== undefined)) };
      const { everPublished } = await updateClaimTellingPublished({ db, actor: caller, input: { claimId: params.id, version: input.version, base: JSON.parse(JSON.stringify(base)), fields: JSON.parse(JSON.stringify(fields)) } });
      await refreshAfterClaimChange(params.id, ["claim"], { everPublished });
      return claimForApi(db, params.id);
    },
  }),
  linkEvidence: operation({
    method: "POST", path: "/api/v1/desk/claims/{id}/evidence", summary: "Links an entry's passage to the claim as support, contradiction or context.", role: "editor", scope: "write", status: 201,
    input: linkEvidenceSchema.omit({ claimId: true }),
    run: async ({ db, caller, params, input }) => {
      const link = await linkEvidence({ db, actor: caller, input: { ...input, claimId: params.id } });
      await refresh(params.id);
      return link;
    },
  }),
  changeEvidence: operation({
    method: "PATCH", path: "/api/v1/desk/claims/{id}/evidence/{linkId}", summary: "Changes an evidence link's stance or note.", role: "editor", scope: "write",
    input: evidenceChangeSchema.omit({ linkId: true }),
    run: async ({ db, caller, params, input }) => {
      const link = await changeEvidence({ db, actor: caller, input: { ...input, linkId: params.linkId } });
      await refresh(params.id);
      return link;
    },
  }),
  submitClaim: reviewStep("submit", "Sends a draft to review.", "editor", z.object({ version }), ({ db, caller, params, input }) => submitClaim({ db, actor: caller, claimId: params.id, version: input.version })),
  publishClaim: reviewStep("publish", "Publishes a claim in review with its verdict (a reviewer, not its author).", "reviewer", publishClaimSchema.omit({ claimId: true }), ({ db, caller, params, input }) =>
    publishClaim({ db, actor: caller, input: { ...input, claimId: params.id } }),
  ),
  returnClaim: reviewStep("return", "Returns a claim in review to its author with a note.", "reviewer", reviewNoteSchema.omit({ claimId: true }), ({ db, caller, params, input }) =>
    returnClaimToDraft({ db, actor: caller, input: { ...input, claimId: params.id } }),
  ),
  correctClaim: reviewStep("correct", "Corrects a published verdict, with a note readers see.", "reviewer", correctClaimSchema.omit({ claimId: true }), ({ db, caller, params, input }) =>
    correctClaim({ db, actor: caller, input: { ...input, claimId: params.id } }),
  ),
  archiveClaim: reviewStep("archive", "Archives a claim, with the reason.", "reviewer", archiveClaimSchema.omit({ claimId: true }), ({ db, caller, params, input }) =>
    archiveClaim({ db, actor: caller, input: { ...input, claimId: params.id } }),
  ),
  exportClaims: operation({
    method: "GET", path: "/api/v1/desk/exports", summary: "Exports claims of any status with the desk's filters, as a file (format: csv, json, xlsx…).", role: "editor", scope: "read",
    input: exportFilterSchema.extend({ format: z.string().min(1, { message: "Name the export's format." }) }),
    run: async ({ input }) => {
      const { format, ...filter } = input;
      return formatError(format) ?? exportDownload({ audience: "desk", format: format as ExportFormat, filter, name: "factlog-claims" });
    },
  }),
} satisfies Record<string, DeskOperation>;

export type DeskOperationId = keyof typeof DESK_OPERATIONS;
