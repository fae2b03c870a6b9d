import { createTranslator } from "use-intl/core";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { describeReason, type SuggestionReason } from "../../lib/evidence/reasons";
import { CATALOGS } from "../../lib/i18n/messages";
import { createActor } from "../../lib/actors/mutations";
import { findActors, guessSpeaker } from "../../lib/actors/queries";
import { AuthError } from "../../lib/auth/errors";
import { findClaimHistory, findClaimQueues } from "../../lib/claims/desk-queries";
import { ClaimConflictError } from "../../lib/claims/errors";
import { FieldError } from "../../lib/errors";
import { createClaim } from "../../lib/claims/mutations";
import { publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { saveRatingScale } from "../../lib/claims/ratings";
import { archiveClaim, correctClaim, returnClaimToDraft } from "../../lib/claims/review-claim";
import { claimFieldsSchema, type ClaimFields } from "../../lib/claims/schema";
import { CLAIM_FIELD_SELECT, toClaimFields } from "../../lib/claims/snapshot";
import { updateClaim } from "../../lib/claims/update-claim";
import { correctEntry, redateEntry } from "../../lib/entries/mutations";
import { sqlEntryTime } from "../../lib/figures/entry-time-sql";
import { changeEvidence, dismissSuggestion, linkEvidence, unlinkEvidence } from "../../lib/evidence/mutations";
import { findSuggestions } from "../../lib/evidence/suggestions";
import { createQuantity } from "../../lib/figures/mutations";
import { findQuantityTimeline } from "../../lib/figures/queries";
import { resetData, testDb } from "../helpers/db";
import { addSource, newsroom } from "../helpers/newsroom";

/** A suggestion's reason as the desk says it in English. */
const reasonWords = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "desk.suggestions.reason" });
const inWords = (reason: SuggestionReason) => describeReason(reasonWords, reason);

const db = testDb();

async function fieldsOf(claimId: string): Promise<ClaimFields> {
  const stored = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: CLAIM_FIELD_SELECT });
  return claimFieldsSchema.parse(toClaimFields(stored));
}

async function detentionsDesk() {
  const people = await newsroom(db);
  const live = await addSource(db, people.editor.id, "Live blog, 10 January", "2022-01-10T06:00:00Z", [
    { postedAt: "09:00", text: "The interior ministry said 7,939 people had been detained across the country.", language: "en" },
    { postedAt: "11:00", text: "Lawyers said about 9,900 people had been detained by then.", language: "en" },
  ]);
  const wire = await addSource(db, people.editor.id, "Wire, 10 January", "2022-01-10T15:00:00Z", [
    { text: "По данным МВД, задержаны 7939 человек.", language: "ru" },
  ], "Other Wire");
  const later = await addSource(db, people.editor.id, "Wire, 16 January", "2022-01-16T12:00:00Z", [
    { text: "By 16 January officials said 12,000 people had been detained.", language: "en" },
  ]);
  const claim = await createClaim({
    db,
    actor: people.editor,
    input: {
      statement: "7,939 people were detained",
      quoteOriginal: "7,939 people had been detained",
      quoteLanguage: "en",
      entryId: live[0].id,
      translations: { ru: "задержаны 7939 человек" },
      figure: { value: 7939, hedge: "EXACT", unit: "people", quantityId: people.detained.id, asOf: "2022-01-10T00:00:00Z" },
      saidAt: "2022-01-10T09:00:00Z",
      tags: ["detentions"],
    },
  });
  return { ...people, live, wire, later, claim };
}

describe("the claim desk", () => {
  beforeEach(() => resetData(db));
  afterAll(() => db.$disconnect());

  it("puts the figure inside a claimed quote on its quantity's timeline", async () => {
    const { live, detained } = await detentionsDesk();
    const figure = await db.figureMention.findFirstOrThrow({ where: { entryId: live[0].id } });
    expect(figure).toMatchObject({ value: 7939, quantityId: detained.id });
    const other = await db.figureMention.findFirstOrThrow({ where: { entryId: live[1].id } });
    expect(other.quantityId).toBeNull();
  });

  it("refuses bad claims with a message for the field", async () => {
    const { editor, live } = await detentionsDesk();
    const attempt = (input: Record<string, unknown>) =>
      createClaim({ db, actor: editor, input: { statement: "Detentions", quoteOriginal: "7,939 people", quoteLanguage: "en", entryId: live[0].id, ...input } as never });
    await expect(attempt({ quoteOriginal: "8,000 people" })).rejects.toMatchObject({ field: "quoteOriginal", message: expect.stringContaining("not in the entry") });
    await expect(attempt({ statement: "x".repeat(76) })).rejects.toMatchObject({ field: "statement", message: "Keep the statement to 75 characters or fewer." });
    await expect(attempt({ statement: "The detention figure is false" })).rejects.toMatchObject({ field: "statement" });
    await expect(attempt({ figure: { value: Number.NaN, hedge: "EXACT" } })).rejects.toMatchObject({ field: "figure.value", message: expect.stringContaining("as a number") });
    await expect(attempt({ figure: { value: null, hedge: "RANGE", low: 5 } })).rejects.toMatchObject({ field: "figure.low" });
    expect(await db.claim.count()).toBe(1);
  });

  it("saves an edit with its audit event, and a stale save of other fields merges", async () => {
    const { editor, editor2, claim } = await detentionsDesk();
    const opened = await fieldsOf(claim.id);
    const first = await updateClaim({ db, actor: editor, input: { claimId: claim.id, version: 1, base: opened, fields: { ...opened, speakerRole: "Spokesman" } } });
    expect(first).toEqual({ version: 2, saved: ["speakerRole"], mergedFromOthers: [], fields: await fieldsOf(claim.id) });
    // The second editor opened version 1 too and changed other fields.
    const second = await updateClaim({ db, actor: editor2, input: { claimId: claim.id, version: 1, base: opened, fields: { ...opened, saidWhere: "Briefing", tags: ["detentions", "Almaty"] } } });
    const stored = await fieldsOf(claim.id);
    // The result carries the claim as stored, the other editor's change included, for the form to go on from.
    expect(second).toEqual({ version: 3, saved: ["saidWhere", "tags"], mergedFromOthers: ["speakerRole"], fields: stored });
    expect(stored).toMatchObject({ speakerRole: "Spokesman", saidWhere: "Briefing", tags: ["Almaty", "detentions"] });
    const events = await db.auditEvent.findMany({ where: { entityId: claim.id, action: "update" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.actorId, event.before, event.after])).toEqual([
      [editor.id, { speakerRole: null }, { speakerRole: "Spokesman" }],
      [editor2.id, { saidWhere: null, tags: ["detentions"] }, { saidWhere: "Briefing", tags: ["detentions", "Almaty"] }],
    ]);
  });

  it("refuses a stale save that changes the same field differently, naming both values", async () => {
    const { editor, editor2, claim } = await detentionsDesk();
    const opened = await fieldsOf(claim.id);
    await updateClaim({ db, actor: editor, input: { claimId: claim.id, version: 1, base: opened, fields: { ...opened, statement: "Ministry: 7,939 detained" } } });
    const stale = updateClaim({ db, actor: editor2, input: { claimId: claim.id, version: 1, base: opened, fields: { ...opened, statement: "7,939 detained by 10 January" } } });
    await expect(stale).rejects.toBeInstanceOf(ClaimConflictError);
    const error = (await stale.catch((caught) => caught)) as ClaimConflictError;
    expect(error.clashes).toEqual([{ field: "statement", yours: "7,939 detained by 10 January", theirs: "Ministry: 7,939 detained" }]);
    expect(error.currentVersion).toBe(2);
    expect(error.message).toContain("Someone else changed statement");
    expect((await fieldsOf(claim.id)).statement).toBe("Ministry: 7,939 detained");
    // Having seen the conflict, the editor saves again against the current version.
    const retried = await updateClaim({ db, actor: editor2, input: { claimId: claim.id, version: 2, base: await fieldsOf(claim.id), fields: { ...(await fieldsOf(claim.id)), statement: "7,939 detained by 10 January" } } });
    expect(retried.version).toBe(3);
  });

  it("runs the review: submit, send back, resubmit, publish, correct, archive, with every refusal", async () => {
    const { editor, reviewer, admin, claim, wire } = await detentionsDesk();
    await expect(publishClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 1, ratingKey: "true", verdictSummary: "The ministry gave this figure that morning." } })).rejects.toThrow(
      "Only a claim awaiting review can be published.",
    );
    await submitClaim({ db, actor: editor, claimId: claim.id, version: 1 });
    await expect(publishClaim({ db, actor: editor, input: { claimId: claim.id, version: 2, ratingKey: "true", verdictSummary: "The ministry gave this figure that morning." } })).rejects.toBeInstanceOf(AuthError);
    await expect(publishClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 2, ratingKey: "true", verdictSummary: "The ministry gave this figure that morning." } })).rejects.toThrow(
      "Link at least one piece of evidence before publishing.",
    );
    await expect(returnClaimToDraft({ db, actor: reviewer, input: { claimId: claim.id, version: 2, note: "no" } })).rejects.toMatchObject({ field: "note" });
    await returnClaimToDraft({ db, actor: reviewer, input: { claimId: claim.id, version: 2, note: "Link the Russian wire report." } });
    await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: wire[0].id, stance: "SUPPORTS", passage: "задержаны 7939 человек" } });
    await submitClaim({ db, actor: editor, claimId: claim.id, version: 3 });
    // An admin who wrote a claim may not publish it either; here the admin is not the author.
    await expect(publishClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 4, ratingKey: "nonsense", verdictSummary: "The ministry gave this figure that morning." } })).rejects.toMatchObject({ field: "ratingKey" });
    await publishClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 4, ratingKey: "true", verdictSummary: "The ministry gave this figure that morning." } });
    await expect(correctClaim({ db, actor: editor, input: { claimId: claim.id, version: 5, ratingKey: "mostly-true", verdictSummary: "The figure was right but grew within hours.", note: "We changed the verdict after new counts." } })).rejects.toBeInstanceOf(AuthError);
    await correctClaim({ db, actor: admin, input: { claimId: claim.id, version: 5, ratingKey: "mostly-true", verdictSummary: "The figure was right but grew within hours.", note: "We changed the verdict after new counts." } });
    const corrected = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, rating: { select: { key: true } }, corrections: { select: { note: true } } } });
    expect(corrected).toEqual({ status: "UPDATED", rating: { key: "mostly-true" }, corrections: [{ note: "We changed the verdict after new counts." }] });
    await archiveClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 6, reason: "Superseded by a newer claim." } });
    const history = await findClaimHistory({ db, claimId: claim.id });
    expect(history.map((event) => `${event.entityType}.${event.action}`).reverse()).toEqual([
      "Claim.create", "Claim.submit", "Claim.return", "EvidenceLink.create", "Claim.submit", "Claim.publish", "Claim.correct", "Claim.archive",
    ]);
    expect(history.find((event) => event.action === "return")!.changes).toContainEqual({ field: "status", before: "IN_REVIEW", after: "DRAFT" });
  });

  it("refuses a reviewer publishing their own claim", async () => {
    const { reviewer, live, wire } = await detentionsDesk();
    const own = await createClaim({ db, actor: reviewer, input: { statement: "Lawyers counted 9,900", quoteOriginal: "about 9,900 people", quoteLanguage: "en", entryId: live[1].id } });
    await linkEvidence({ db, actor: reviewer, input: { claimId: own.id, entryId: wire[0].id, stance: "CONTRADICTS", passage: "задержаны 7939 человек" } });
    await submitClaim({ db, actor: reviewer, claimId: own.id, version: 1 });
    await expect(publishClaim({ db, actor: reviewer, input: { claimId: own.id, version: 2, ratingKey: "unproven", verdictSummary: "No count supports the lawyers' figure." } })).rejects.toThrow(
      "You wrote this claim, so another reviewer must publish it.",
    );
  });

  it("changes, removes and protects evidence; a dismissed suggestion stays dismissed", async () => {
    const { editor, reviewer, claim, wire, live } = await detentionsDesk();
    const link = await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: wire[0].id, stance: "CONTEXT", passage: "задержаны 7939 человек", note: "" } });
    expect(link.note).toBeNull();
    await expect(linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: wire[0].id, stance: "SUPPORTS", passage: "задержаны" } })).rejects.toThrow("already linked");
    await changeEvidence({ db, actor: editor, input: { linkId: link.id, stance: "SUPPORTS", note: "Same figure, same day." } });
    expect(await db.evidenceLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ stance: "SUPPORTS", note: "Same figure, same day." });

    await dismissSuggestion({ db, actor: editor, input: { claimId: claim.id, entryId: live[1].id } });
    await dismissSuggestion({ db, actor: editor, input: { claimId: claim.id, entryId: live[1].id } });
    expect((await findSuggestions({ db, claimId: claim.id })).map((suggestion) => suggestion.entryId)).not.toContain(live[1].id);

    await submitClaim({ db, actor: editor, claimId: claim.id, version: 1 });
    await publishClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 2, ratingKey: "true", verdictSummary: "The ministry gave this figure that morning." } });
    await expect(unlinkEvidence({ db, actor: editor, linkId: link.id })).rejects.toThrow("only a reviewer can change its evidence");
    await unlinkEvidence({ db, actor: reviewer, linkId: link.id });
    expect(await db.evidenceLink.count()).toBe(0);
    const actions = await db.auditEvent.findMany({ where: { entityType: { in: ["EvidenceLink", "SuggestionDismissal"] } }, orderBy: { createdAt: "asc" }, select: { entityType: true, action: true } });
    expect(actions.map((event) => `${event.entityType}.${event.action}`)).toEqual([
      "EvidenceLink.create", "EvidenceLink.update", "SuggestionDismissal.create", "SuggestionDismissal.create", "EvidenceLink.delete",
    ]);
  });

  it("suggests the same figure, a different figure that day, a changed figure, close or merely shared wording, and the speaker's other claims", async () => {
    const { editor, claim, live, wire, later, tokayev } = await detentionsDesk();
    await db.figureMention.updateMany({ where: { entryId: later[0].id }, data: { quantityId: (await db.quantity.findFirstOrThrow()).id } });
    const suggestions = await findSuggestions({ db, claimId: claim.id });
    const byEntry = new Map(suggestions.map((suggestion) => [suggestion.entryId, suggestion]));
    expect(byEntry.get(wire[0].id)).toMatchObject({ stance: "SUPPORTS", kind: "same-figure" });
    expect(byEntry.get(live[1].id)).toMatchObject({ stance: "CONTRADICTS", kind: "different-figure", passage: { exact: "Lawyers said about 9,900 people had been detained by then." } });
    expect(byEntry.get(later[0].id)).toMatchObject({ stance: "CONTEXT", kind: "figure-changed" });
    expect(inWords(byEntry.get(later[0].id)!.reasons[0])).toContain("2022-01-16");
    expect(byEntry.has(live[0].id)).toBe(false);
    // The timeline suggestion outranks the unassigned one found by wording.
    expect(suggestions[0].entryId).toBe(later[0].id);

    // Accepting a suggestion with an unassigned figure puts that figure on the timeline.
    const unassigned = byEntry.get(live[1].id)!;
    expect(unassigned.figureMentionId).not.toBeNull();
    await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: live[1].id, stance: "CONTRADICTS", passage: unassigned.passage.exact, passageStart: unassigned.passage.start, figureMentionId: unassigned.figureMentionId! } });
    expect((await db.figureMention.findUniqueOrThrow({ where: { id: unassigned.figureMentionId! } })).quantityId).not.toBeNull();

    // Wording: an entry that says much the same is offered as support; one that only shares words, as context.
    const wording = await addSource(db, editor.id, "Court reports", "2022-01-12T08:00:00Z", [
      { text: "Thousands of people had been detained, the police said.", language: "en" },
      { text: "Reporters detained at the court were freed; people waited outside.", language: "en" },
    ]);
    const worded = new Map((await findSuggestions({ db, claimId: claim.id })).map((suggestion) => [suggestion.entryId, suggestion]));
    expect(worded.get(wording[0].id)).toMatchObject({ kind: "similar-text", stance: "SUPPORTS" });
    expect(worded.get(wording[0].id)!.reasons.map(inWords)).toEqual(["Shares words with the claim and says much the same"]);
    expect(worded.get(wording[1].id)).toMatchObject({ kind: "shared-words", stance: "CONTEXT" });
    expect(worded.get(wording[1].id)!.reasons.map(inWords)).toEqual(["Shares words with the claim"]);

    // Other claims by the same speaker.
    const speech = await addSource(db, editor.id, "Address", "2022-01-07T04:00:00Z", [{ text: "Токаев заявил, что на Алматы напали 20 тысяч бандитов.", language: "ru" }]);
    await db.claim.update({ where: { id: claim.id }, data: { speakerId: tokayev.id } });
    await createClaim({ db, actor: editor, input: { statement: "20,000 bandits attacked Almaty", quoteOriginal: "на Алматы напали 20 тысяч бандитов", quoteLanguage: "ru", entryId: speech[0].id, speakerId: tokayev.id } });
    const withSpeaker = await findSuggestions({ db, claimId: claim.id });
    expect(withSpeaker.find((suggestion) => suggestion.entryId === speech[0].id)).toMatchObject({ kind: "same-speaker", stance: "CONTEXT" });
  });

  it("lets an editor set when a post was published, which places its figures on the timeline", async () => {
    const { editor } = await newsroom(db);
    const [entry] = await addSource(db, editor.id, "Live blog without day headings", "2022-01-05T00:00:00Z", [{ postedAt: "16:43", text: "Police said 300 people were detained.", language: "en" }]);
    const placed = async () =>
      (await db.$queryRaw<{ at: Date }[]>`SELECT ${sqlEntryTime()} AS "at" FROM "Entry" e JOIN "Source" s ON s."id" = e."sourceId" WHERE e."id" = ${entry.id}`)[0].at;
    const before = await placed();
    await expect(redateEntry({ db, actor: editor, input: { entryId: entry.id, publishedAt: "yesterday", reason: "The post was from the 6th" } })).rejects.toThrow("Give the date and time like 2022-01-05T16:43, in UTC.");
    await expect(redateEntry({ db, actor: editor, input: { entryId: entry.id, publishedAt: "2022-01-06T10:43", reason: "x" } })).rejects.toThrow("Say why the date changes, in a few words at least.");
    await redateEntry({ db, actor: editor, input: { entryId: entry.id, publishedAt: "2022-01-06T10:43", reason: "The post was from the 6th" } });
    expect(await placed()).toEqual(new Date("2022-01-06T10:43:00Z"));
    await expect(redateEntry({ db, actor: editor, input: { entryId: entry.id, publishedAt: "2022-01-06T10:43", reason: "Again, the same" } })).rejects.toThrow("The date is unchanged");
    // Cleared: back to its clock time on the source's day.
    await redateEntry({ db, actor: editor, input: { entryId: entry.id, publishedAt: "", reason: "Back to the source's day" } });
    expect(await placed()).toEqual(before);
    expect(await db.auditEvent.count({ where: { entityType: "Entry", entityId: entry.id, action: "redate" } })).toBe(2);
  });

  it("finds quotes and passages again when an entry is corrected, and marks what is lost", async () => {
    const { editor, claim, live, wire } = await detentionsDesk();
    const link = await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: live[1].id, stance: "CONTRADICTS", passage: "about 9,900 people had been detained" } });
    const moved = await correctEntry({ db, actor: editor, input: { entryId: live[0].id, text: "UPDATE: The interior ministry said 7,939 people had been detained across the country.", reason: "Added the update marker" } });
    expect(moved.claims).toMatchObject({ EXACT: 1, ORPHANED: 0 });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ anchorState: "EXACT", anchorStart: 35, anchorExact: "7,939 people had been detained" });
    expect(await db.figureMention.findFirstOrThrow({ where: { entryId: live[0].id } })).toMatchObject({ start: 35, quantityId: expect.any(String) });

    await correctEntry({ db, actor: editor, input: { entryId: live[1].id, text: "Lawyers said about 9,900 people were being detained by then.", reason: "Fixed the tense" } });
    expect(await db.evidenceLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ passageState: "POSITION", passageExact: "about 9,900 people were being detained" });

    const lost = await correctEntry({ db, actor: editor, input: { entryId: live[0].id, text: "This post was replaced by the ministry's statement.", reason: "Replaced by the publisher" } });
    expect(lost.claims.ORPHANED).toBe(1);
    const orphan = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(orphan).toMatchObject({ anchorState: "ORPHANED", anchorExact: "7,939 people had been detained" });
    await expect(correctEntry({ db, actor: editor, input: { entryId: wire[0].id, text: "По данным МВД, задержаны 7939 человек.", reason: "Nothing" } })).rejects.toThrow("unchanged");
    const audit = await db.auditEvent.findMany({ where: { entityType: "Entry", action: "correct" } });
    expect(audit).toHaveLength(3);
  });

  it("lines figures up on a timeline with conflicts and checks parts against the total", async () => {
    const { editor } = await newsroom(db);
    const injured = await createQuantity({ db, actorId: editor.id, input: { key: "injured", labelEn: "People injured", labelRu: "Пострадавшие", labelKy: "Жаракат алгандар", unit: "people" } });
    const police = await createQuantity({ db, actorId: editor.id, input: { key: "injured-police", labelEn: "Police", labelRu: "Полицейские", labelKy: "Милиция", partOfKey: "injured" } });
    const civilians = await createQuantity({ db, actorId: editor.id, input: { key: "injured-civilians", labelEn: "Civilians", labelRu: "Мирные", labelKy: "Тургундар", partOfKey: "injured" } });
    await expect(createQuantity({ db, actorId: editor.id, input: { key: "x", labelEn: "X", labelRu: "X", labelKy: "X", partOfKey: "missing" } })).rejects.toMatchObject({ field: "partOfKey" });
    await expect(createQuantity({ db, actorId: editor.id, input: { key: "injured", labelEn: "X", labelRu: "X", labelKy: "X" } })).rejects.toMatchObject({ field: "key" });
    const [entry] = await addSource(db, editor.id, "Live", "2022-01-05T05:00:00Z", [{ text: "К 5 января ранения получили 190 человек: 137 полицейских и 53 мирных жителя.", language: "ru" }]);
    const [other] = await addSource(db, editor.id, "Other", "2022-01-05T18:00:00Z", [{ text: "Officials said 250 people were injured on 5 January.", language: "en" }]);
    const figures = await db.figureMention.findMany({ where: { entryId: { in: [entry.id, other.id] } }, orderBy: [{ entryId: "asc" }, { start: "asc" }] });
    const byValue = new Map(figures.map((figure) => [figure.value, figure.id]));
    for (const [value, quantity] of [[190, injured.id], [137, police.id], [53, civilians.id], [250, injured.id]] as const) {
      await db.figureMention.update({ where: { id: byValue.get(value)! }, data: { quantityId: quantity } });
    }
    const timeline = await findQuantityTimeline({ db, key: "injured" });
    expect(timeline!.points.map((point) => [point.value, point.at?.toISOString().slice(0, 10)])).toEqual([[190, "2022-01-05"], [250, "2022-01-05"]]);
    expect(timeline!.conflicts).toEqual([{ day: "2022-01-05", ids: [byValue.get(190), byValue.get(250)] }]);
    expect(timeline!.parts).toEqual([
      { day: "2022-01-05", total: 250, sum: 190, consistent: false, parts: [{ key: "injured-civilians", label: "Civilians", value: 53 }, { key: "injured-police", label: "Police", value: 137 }] },
    ]);
    expect(await findQuantityTimeline({ db, key: "nothing" })).toBeNull();
  });

  it("queues drafts, reviews and published claims whose quantity got a new figure", async () => {
    const { editor, reviewer, claim, wire, detained } = await detentionsDesk();
    expect((await findClaimQueues({ db, userId: editor.id })).myDrafts.map((item) => item.id)).toEqual([claim.id]);
    await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: wire[0].id, stance: "SUPPORTS", passage: "задержаны 7939 человек" } });
    await submitClaim({ db, actor: editor, claimId: claim.id, version: 1 });
    expect((await findClaimQueues({ db, userId: reviewer.id })).awaitingReview.map((item) => item.id)).toEqual([claim.id]);
    await publishClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 2, ratingKey: "true", verdictSummary: "The ministry gave this figure that morning." } });
    expect((await findClaimQueues({ db, userId: reviewer.id })).needsAnotherLook).toEqual([]);
    const [fresh] = await addSource(db, editor.id, "New count", "2022-01-20T00:00:00Z", [{ text: "Officials now say 9,900 people were detained.", language: "en" }]);
    await db.figureMention.updateMany({ where: { entryId: fresh.id }, data: { quantityId: detained.id } });
    const queues = await findClaimQueues({ db, userId: reviewer.id });
    expect(queues.needsAnotherLook).toMatchObject([{ id: claim.id, newFigures: 1 }]);
    expect(queues.recentlyPublished.map((item) => item.id)).toEqual([claim.id]);
  });

  it("finds a speaker by any spelling", async () => {
    const { tokayev } = await newsroom(db);
    for (const query of ["Tokayev", "Токаев", "Тоқаев", "tokaev", "Kassym", "Токаевдин"]) {
      expect((await findActors({ db, query })).map((actor) => actor.id), query).toContain(tokayev.id);
    }
    expect(await findActors({ db, query: "Nazarbayev" })).toEqual([]);
    expect(await findActors({ db, query: "%_\\" })).toEqual([]);
  });

  it("labels a lower count of an earlier day 'an earlier figure', never 'the same figure', for a claim of nearly 10,000", async () => {
    const { editor, live, detained } = await detentionsDesk();
    const [nearly] = await addSource(db, editor.id, "Wire, 11 January", "2022-01-11T12:00:00Z", [
      { text: "Nearly 10,000 people have now been detained, the interior ministry said on 11 January.", language: "en" },
    ]);
    const mention = await db.figureMention.findFirstOrThrow({ where: { entryId: nearly.id }, select: { hedge: true, hedgeWord: true, value: true } });
    expect(mention).toEqual({ hedge: "APPROX", hedgeWord: "nearly", value: 10000 });
    const claim = await createClaim({
      db,
      actor: editor,
      input: {
        statement: "Nearly 10,000 people were detained",
        quoteOriginal: "Nearly 10,000 people have now been detained",
        quoteLanguage: "en",
        entryId: nearly.id,
        figure: { value: 10000, hedge: "APPROX", hedgeWord: "nearly", unit: "people", quantityId: detained.id, asOf: "2022-01-11T00:00:00Z" },
        saidAt: "2022-01-11T12:00:00Z",
      },
    });
    expect(await fieldsOf(claim.id)).toMatchObject({ figure: { hedge: "APPROX", hedgeWord: "nearly" } });
    const suggestions = await findSuggestions({ db, claimId: claim.id });
    const earlier = suggestions.find((suggestion) => suggestion.entryId === live[0].id)!;
    expect(earlier).toMatchObject({ kind: "earlier-figure", stance: "CONTEXT" });
    expect(inWords(earlier.reasons[0])).toMatch(/^An earlier figure: 7,939 on 2022-01-10/);
    // Only a figure within the hedges of both is the same: "about 9,900" is, 7,939 is not.
    const same = suggestions.filter((suggestion) => suggestion.kind === "same-figure");
    expect(same.map((suggestion) => suggestion.entryId)).toEqual([live[1].id]);
    expect(inWords(same[0].reasons[0])).toMatch(/^Gives the same figure \(9,900\)/);
  });

  it("guesses the speaker from the attribution, an institution by the same matching the picker uses, in three languages", async () => {
    const { editor, tokayev } = await newsroom(db);
    const ministry = await createActor({ db, actorId: editor.id, input: { name: "Ministry of Internal Affairs of Kazakhstan", kind: "ORGANISATION", aliases: ["МВД", "Ички иштер министрлиги"] } });
    const health = await createActor({ db, actorId: editor.id, input: { name: "Ministry of Health of Kazakhstan", kind: "ORGANISATION", aliases: ["Минздрав"] } });
    const guess = async (text: string) => (await guessSpeaker({ db, text }))?.id ?? null;
    expect(await guess("Nearly 10,000 people have now been detained, the interior ministry said on 11 January.")).toBe(ministry.id);
    expect(await guess("По данным МВД, задержаны 7939 человек.")).toBe(ministry.id);
    expect(await guess("Ички иштер министрлигинин маалыматы боюнча, 3706 адам кармалды.")).toBe(ministry.id);
    expect(await guess("According to the health ministry, 164 people died.")).toBe(health.id);
    // The attribution wins over a name the text merely mentions.
    expect(await guess("Tokayev's decree was read out; 225 bodies were delivered to morgues, the interior ministry said.")).toBe(ministry.id);
    // No attribution: a speaker named in any spelling is still guessed; nobody, when no one is.
    expect(await guess("Тоқаев Алматыда.")).toBe(tokayev.id);
    expect(await guess("Цена на газ выросла вдвое.")).toBeNull();
  });

  it("lets only the admin change the rating scale, and never drops a verdict in use", async () => {
    const { editor, reviewer, admin, claim, wire } = await detentionsDesk();
    const ratings = await db.rating.findMany({ orderBy: { order: "asc" }, select: { id: true, key: true, labelEn: true, labelRu: true, labelKy: true, reviewValue: true, colour: true } });
    await expect(saveRatingScale({ db, actor: reviewer, input: ratings })).rejects.toBeInstanceOf(AuthError);
    const reordered = [...ratings].reverse().map((rating) => (rating.key === "true" ? { ...rating, labelEn: "Correct" } : rating));
    await saveRatingScale({ db, actor: admin, input: reordered });
    const stored = await db.rating.findMany({ orderBy: { order: "asc" } });
    expect(stored.map((rating) => rating.key)).toEqual(ratings.map((rating) => rating.key).reverse());
    expect(stored.find((rating) => rating.key === "true")!.labelEn).toBe("Correct");

    await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: wire[0].id, stance: "SUPPORTS", passage: "задержаны 7939 человек" } });
    await submitClaim({ db, actor: editor, claimId: claim.id, version: 1 });
    await publishClaim({ db, actor: reviewer, input: { claimId: claim.id, version: 2, ratingKey: "true", verdictSummary: "The ministry gave this figure that morning." } });
    await expect(saveRatingScale({ db, actor: admin, input: reordered.filter((rating) => rating.key !== "true") })).rejects.toThrow("is the verdict of 1 claim");
    await expect(saveRatingScale({ db, actor: admin, input: [{ ...reordered[0], colour: "red" }, reordered[1]] })).rejects.toBeInstanceOf(FieldError);
    expect(await db.rating.count()).toBe(6);
  });
});
