import { refusal } from "../i18n/refusals";
import { FieldError, parseInput } from "../errors";
import type { z } from "zod";
import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { contentHash } from "../text/hash";
import { extractFigures } from "../text/numbers";
import { dateNear } from "../text/dates";
import { reanchor, type Anchor, type AnchorState } from "../text/anchor";
import { correctEntrySchema, redateEntrySchema } from "./schema";

type Actor = Pick<CurrentUser, "id">;
type Anchored = { id: string; exact: string; prefix: string | null; suffix: string | null; start: number | null; end: number | null };
export type ReanchorReport = { claims: Record<AnchorState, number>; evidence: Record<AnchorState, number> };

function storedAnchor(row: Anchored): Anchor {
  return { exact: row.exact, prefix: row.prefix ?? "", suffix: row.suffix ?? "", start: row.start ?? 0, end: row.end ?? row.exact.length };
}

function emptyCounts(): Record<AnchorState, number> {
  return { EXACT: 0, POSITION: 0, FUZZY: 0, ORPHANED: 0 };
}

/** Re-extracts an entry's figures, keeping each one's quantity when the same figure is still there. */
async function refreshFigures(tx: Tx, entryId: string, text: string, language: string, sourceDate: Date | null) {
  const previous = await tx.figureMention.findMany({ where: { entryId, field: "text" }, select: { text: true, value: true, quantityId: true } });
  const quantities = new Map(previous.filter((figure) => figure.quantityId).map((figure) => [`${figure.text}|${figure.value}`, figure.quantityId]));
  await tx.figureMention.deleteMany({ where: { entryId, field: "text" } });
  const figures = extractFigures(text, language);
  if (figures.length === 0) return;
  await tx.figureMention.createMany({
    data: figures.map((figure) => ({
      entryId,
      field: "text",
      text: figure.text,
      value: figure.value,
      low: figure.low,
      high: figure.high,
      hedge: figure.hedge.toUpperCase() as "EXACT",
      hedgeWord: figure.hedgeWord,
      unit: figure.unit,
      start: figure.start,
      end: figure.end,
      asOf: dateNear(text, figure.start, sourceDate),
      quantityId: quantities.get(`${figure.text}|${figure.value}`) ?? null,
    })),
  });
}

/**
 * Corrects an entry's text (a typo, a fuller version of a post) and finds every quote and
 * passage anchored to it again; what cannot be found is marked orphaned, never dropped.
 */
export async function correctEntry(options: { db: Db; actor: Actor; input: z.input<typeof correctEntrySchema> }): Promise<ReanchorReport> {
  const input = parseInput(correctEntrySchema, options.input);
  return options.db.$transaction((tx) => reviseEntry(tx, { entryId: input.entryId, text: input.text, actorId: options.actor.id, reason: input.reason }));
}

/**
 * Sets the date and time an entry was posted, where the importer read it wrong or could not read
 * it (a live blog without day headings): timelines and suggestions place its figures there. Audited.
 */
export async function redateEntry(options: { db: Db; actor: Actor; input: z.input<typeof redateEntrySchema> }) {
  const input = parseInput(redateEntrySchema, options.input);
  return options.db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { publishedAt: true } });
    if (!entry) throw new FieldError(refusal("entries.gone"), "entryId");
    if ((entry.publishedAt?.getTime() ?? null) === (input.publishedAt?.getTime() ?? null)) throw new FieldError(refusal("entries.dateUnchanged"), "publishedAt");
    await tx.entry.update({ where: { id: input.entryId }, data: { publishedAt: input.publishedAt } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      entityType: "Entry",
      entityId: input.entryId,
      action: "redate",
      before: { publishedAt: entry.publishedAt },
      after: { publishedAt: input.publishedAt, reason: input.reason },
    });
    return { publishedAt: input.publishedAt };
  });
}

/**
 * An entry's new text, inside the caller's transaction: by an editor's correction, or because
 * the followed feed's post was edited (then `headline` may change too and `actorId` is null).
 * Its figures are read again and its claims' quotes and evidence passages anchored again.
 */
export async function reviseEntry(
  tx: Tx,
  revision: { entryId: string; text: string; headline?: string | null; actorId: string | null; reason: string },
): Promise<ReanchorReport> {
  const entry = await tx.entry.findUnique({
    where: { id: revision.entryId },
    select: { text: true, headline: true, language: true, publishedAt: true, source: { select: { publishedAt: true } } },
  });
  if (!entry) throw new FieldError(refusal("entries.gone"), "entryId");
  const headline = revision.headline === undefined ? entry.headline : revision.headline;
  if (entry.text === revision.text && entry.headline === headline) throw new FieldError(refusal("entries.textUnchanged"), "text");
  await tx.entry.update({
    where: { id: revision.entryId },
    data: { text: revision.text, headline, editedAt: new Date(), contentHash: contentHash(`${headline ?? ""}\n${revision.text}`) },
  });
  await refreshFigures(tx, revision.entryId, revision.text, entry.language, entry.publishedAt ?? entry.source.publishedAt);
  const report: ReanchorReport = { claims: emptyCounts(), evidence: emptyCounts() };
  const claims = await tx.claim.findMany({
    where: { entryId: revision.entryId, anchorExact: { not: null } },
    select: { id: true, anchorExact: true, anchorPrefix: true, anchorSuffix: true, anchorStart: true, anchorEnd: true },
  });
  for (const claim of claims) {
    const found = reanchor(revision.text, storedAnchor({ id: claim.id, exact: claim.anchorExact!, prefix: claim.anchorPrefix, suffix: claim.anchorSuffix, start: claim.anchorStart, end: claim.anchorEnd }));
    report.claims[found.state] += 1;
    // An orphan keeps its last known text so an editor can place it again by hand.
    await tx.claim.update({
      where: { id: claim.id },
      data: found.anchor
        ? { anchorExact: found.anchor.exact, anchorPrefix: found.anchor.prefix, anchorSuffix: found.anchor.suffix, anchorStart: found.anchor.start, anchorEnd: found.anchor.end, anchorState: found.state }
        : { anchorState: "ORPHANED" },
    });
  }
  const links = await tx.evidenceLink.findMany({
    where: { entryId: revision.entryId },
    select: { id: true, passageExact: true, passagePrefix: true, passageSuffix: true, passageStart: true, passageEnd: true },
  });
  for (const link of links) {
    const found = reanchor(revision.text, storedAnchor({ id: link.id, exact: link.passageExact, prefix: link.passagePrefix, suffix: link.passageSuffix, start: link.passageStart, end: link.passageEnd }));
    report.evidence[found.state] += 1;
    await tx.evidenceLink.update({
      where: { id: link.id },
      data: found.anchor
        ? { passageExact: found.anchor.exact, passagePrefix: found.anchor.prefix, passageSuffix: found.anchor.suffix, passageStart: found.anchor.start, passageEnd: found.anchor.end, passageState: found.state }
        : { passageState: "ORPHANED" },
    });
  }
  await recordAudit(tx, {
    actorId: revision.actorId,
    entityType: "Entry",
    entityId: revision.entryId,
    action: "correct",
    before: { text: entry.text, headline: entry.headline },
    after: { text: revision.text, headline, reason: revision.reason, anchors: report },
  });
  return report;
}
