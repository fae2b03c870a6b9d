import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { ensureDefaultRatings } from "../../lib/claims/ratings";
import { linkEvidence } from "../../lib/evidence/mutations";
import { createSource } from "../../lib/sources/mutations";
import { createUser, setUserActive } from "../../lib/users/mutations";
import { resetData, testDb } from "../helpers/db";

const db = testDb();

async function newsroom() {
  const editor = await createUser({ db, actorId: null, input: { email: "ed@example.org", name: "Ed", role: "editor", password: "editor password 1" } });
  const reviewer = await createUser({ db, actorId: null, input: { email: "rev@example.org", name: "Rev", role: "reviewer", password: "reviewer password 1" } });
  await ensureDefaultRatings({ db, actorId: null });
  const source = await createSource({
    db,
    actorId: editor.id,
    input: {
      title: "Test live blog",
      kind: "LIVE_BLOG",
      language: "en",
      rawText: "10:00 The ministry said 3,000 people were detained.\n\n11:00 Lawyers counted about 5,000.",
      entries: [
        { postedAt: "10:00", text: "The ministry said 3,000 people were detained.", language: "en" },
        { postedAt: "11:00", text: "Lawyers counted about 5,000.", language: "en" },
      ],
    },
  });
  const entries = await db.entry.findMany({ where: { sourceId: source.id }, orderBy: { ordinal: "asc" } });
  return { editor, reviewer, entries };
}

describe("audit trail and review workflow", () => {
  beforeEach(() => resetData(db));
  afterAll(() => db.$disconnect());

  it("writes an audit event with every change, with who and what", async () => {
    const { editor, entries } = await newsroom();
    const claim = await createClaim({
      db,
      actor: editor,
      input: { statement: "3,000 people were detained", quoteOriginal: "3,000 people were detained", quoteLanguage: "en", entryId: entries[0].id },
    });
    await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: entries[1].id, stance: "CONTRADICTS", passage: "about 5,000" } });
    const events = await db.auditEvent.findMany({ where: { actorId: editor.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => `${event.entityType}.${event.action}`)).toEqual(["Source.import", "Claim.create", "EvidenceLink.create"]);
    expect(events[1].after).toMatchObject({ statement: "3,000 people were detained" });
    const users = await db.auditEvent.findMany({ where: { entityType: "User" } });
    expect(users).toHaveLength(2);
    expect(JSON.stringify(users)).not.toContain("passwordHash");
  });

  it("anchors the quote in its entry and refuses a quote that is not there", async () => {
    const { editor, entries } = await newsroom();
    const claim = await createClaim({ db, actor: editor, input: { statement: "Detentions", quoteOriginal: "3,000 people", quoteLanguage: "en", entryId: entries[0].id } });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ anchorExact: "3,000 people", anchorStart: 18, anchorEnd: 30, anchorPrefix: "The ministry said ", anchorSuffix: " were detained." });
    await expect(
      createClaim({ db, actor: editor, input: { statement: "Detentions", quoteOriginal: "4,000 people", quoteLanguage: "en", entryId: entries[0].id } }),
    ).rejects.toThrow("The quote is not in the entry");
    await expect(
      createClaim({ db, actor: editor, input: { statement: "x".repeat(76), quoteOriginal: "3,000", quoteLanguage: "en" } }),
    ).rejects.toThrow("75 characters or fewer");
  });

  it("publishes only with evidence, by a reviewer who is not the author, and audits nothing it refuses", async () => {
    const { editor, reviewer, entries } = await newsroom();
    const claim = await createClaim({ db, actor: editor, input: { statement: "3,000 detained", quoteOriginal: "3,000 people", quoteLanguage: "en", entryId: entries[0].id } });
    await submitClaim({ db, actor: editor, claimId: claim.id, version: 1 });
    const publish = (actor: { id: string; role: "EDITOR" | "REVIEWER" | "ADMIN" }, version = 2) =>
      publishClaim({ db, actor, input: { claimId: claim.id, version, ratingKey: "mostly-true", verdictSummary: "The ministry's figure was later raised, but it was right at the time." } });
    const auditCount = () => db.auditEvent.count({ where: { entityId: claim.id } });
    const before = await auditCount();
    await expect(publish(reviewer)).rejects.toThrow("Link at least one piece of evidence before publishing.");
    expect(await auditCount()).toBe(before);
    await linkEvidence({ db, actor: editor, input: { claimId: claim.id, entryId: entries[1].id, stance: "CONTRADICTS", passage: "about 5,000" } });
    await expect(publish(editor)).rejects.toThrow("Only a reviewer can do this");
    await expect(publish(reviewer, 1)).rejects.toThrow("Someone else changed this claim");
    await publish(reviewer);
    const published = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { rating: true } });
    expect(published).toMatchObject({ status: "PUBLISHED", version: 3, reviewedById: reviewer.id, rating: { key: "mostly-true" } });
    const events = await db.auditEvent.findMany({ where: { entityId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["create", "submit", "publish"]);
    expect(events[2]).toMatchObject({ actorId: reviewer.id, before: { status: "IN_REVIEW" }, after: { status: "PUBLISHED" } });
  });

  it("records deactivation in the audit trail", async () => {
    const { editor } = await newsroom();
    await setUserActive({ db, actorId: null, email: editor.email, active: false });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: editor.id, action: "deactivate" } });
    expect(event.before).toMatchObject({ active: true });
    expect(event.after).toMatchObject({ active: false });
  });

  it("imports the same source once and lands nothing when an entry is bad", async () => {
    const { editor } = await newsroom();
    const again = await createSource({
      db,
      actorId: editor.id,
      input: {
        title: "Same text again",
        kind: "LIVE_BLOG",
        language: "en",
        rawText: "10:00 The ministry said 3,000 people were detained.\n\n11:00 Lawyers counted about 5,000.",
        entries: [{ text: "whatever", language: "en" }],
      },
    });
    expect(again.created).toBe(false);
    const sources = await db.source.count();
    await expect(
      createSource({
        db,
        actorId: editor.id,
        input: {
          title: "Broken",
          kind: "ARTICLE",
          language: "en",
          rawText: "A new text with a figure.",
          entries: [
            { text: "A new text", language: "en" },
            { text: "with a figure.", language: "en", figures: [{ text: "99", value: 99, hedge: "EXACT", start: 0, end: 2 }] },
          ],
        },
      }),
    ).rejects.toThrow('the figure "99" is not at 0-2');
    expect(await db.source.count()).toBe(sources);
    expect(await db.entry.count({ where: { text: "A new text" } })).toBe(0);
  });
});
