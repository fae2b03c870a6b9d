// A verdict's texts in Russian and Kyrgyz (issue 19) against a real PostgreSQL: versions are
// refused in words when too long or marked up, wait for a reviewer other than their translator,
// reach readers (page, hreflang languages, feed, sitemap languages) once approved, and leave them
// again when the English original is corrected, until translated anew.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { findPublishedClaim } from "../../lib/claims/public-queries";
import { correctClaim, publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { linkEvidence } from "../../lib/evidence/mutations";
import { approveTranslation, saveTranslation } from "../../lib/translations/mutations";
import { localizeClaim, localizeList, localizeTags } from "../../lib/translations/localize";
import { findClaimTranslations, findTranslationQueue, pageLanguages } from "../../lib/translations/queries";
import { resetData, testDb } from "../helpers/db";
import { addSource, newsroom } from "../helpers/newsroom";

const db = testDb();

async function publishedClaim() {
  const people = await newsroom(db);
  const [entry] = await addSource(db, people.editor.id, "Address", "2022-01-07T04:00:00Z", [{ text: "Tokayev said 20,000 bandits attacked Almaty.", language: "en" }]);
  const claim = await createClaim({ db, actor: people.editor, input: { statement: "20,000 bandits attacked Almaty", quoteOriginal: "20,000 bandits attacked Almaty", quoteLanguage: "en", entryId: entry.id, speakerId: people.tokayev.id, speakerRole: "President" } });
  await linkEvidence({ db, actor: people.editor, input: { claimId: claim.id, entryId: entry.id, stance: "SUPPORTS", passage: "20,000 bandits attacked Almaty", note: "Shows he said it." } });
  await submitClaim({ db, actor: people.editor, claimId: claim.id, version: claim.version });
  await publishClaim({ db, actor: people.reviewer, input: { claimId: claim.id, version: claim.version + 1, ratingKey: "unproven", verdictSummary: "The figure was given without evidence and nothing since supports it." } });
  return { ...people, claim: await db.claim.findUniqueOrThrow({ where: { id: claim.id } }) };
}

const ru = (claimId: string, field: string, text: string) => ({ entityType: "Claim" as const, entityId: claimId, field, language: "ru" as const, text });

describe("verdicts in the reader's language", () => {
  beforeEach(() => resetData(db));
  afterAll(() => db.$disconnect());

  it("refuses a version too long, with markup, or of a field that has none, in words", async () => {
    const { editor, claim } = await publishedClaim();
    await expect(saveTranslation({ db, actor: editor, input: ru(claim.id, "statement", "Я".repeat(76)) })).rejects.toThrow("The statement is at most 75 characters in every language; this one has 76.");
    await expect(saveTranslation({ db, actor: editor, input: ru(claim.id, "statement", "На Алматы <b>напали</b>") })).rejects.toThrow(/Write the translation as plain text: it has markup in it/);
    await expect(saveTranslation({ db, actor: editor, input: ru(claim.id, "slug", "x") })).rejects.toThrow("Claim's slug has no versions in other languages.");
    await expect(saveTranslation({ db, actor: editor, input: { ...ru(claim.id, "statement", "x"), language: "de" as "ru" } })).rejects.toThrow("Translations are into ru, ky.");
    expect(await db.textVersion.count()).toBe(0);
  });

  it("shows an approved version to readers, marks what is still in English, and drops a version whose original was corrected", async () => {
    const { editor, editor2, reviewer, admin, claim } = await publishedClaim();
    const statement = await saveTranslation({ db, actor: reviewer, input: ru(claim.id, "statement", "На Алматы напали 20 000 бандитов") });
    const summary = await saveTranslation({ db, actor: editor, input: ru(claim.id, "verdictSummary", "Цифру назвали без доказательств, и с тех пор её ничто не подтвердило.") });
    expect(statement).toMatchObject({ status: "PENDING", replacedPublic: false });
    // Not public before its check; the translator cannot check their own.
    expect((await pageLanguages([claim], db)).get(claim.id)).toEqual(["en"]);
    await expect(approveTranslation({ db, actor: reviewer, id: statement.id })).rejects.toThrow("A translation is checked by someone other than its translator: ask another reviewer.");
    await approveTranslation({ db, actor: admin, id: statement.id });
    await approveTranslation({ db, actor: reviewer, id: summary.id });
    expect((await pageLanguages([claim], db)).get(claim.id)).toEqual(["en", "ru"]);

    const published = (await findPublishedClaim({ db, slug: claim.slug }))!;
    const inRussian = await localizeClaim(published, "ru", db);
    expect(inRussian).toMatchObject({ statement: "На Алматы напали 20 000 бандитов", shownIn: { statement: "ru", verdictSummary: "ru" }, untranslated: true });
    // The evidence note, the speaker's name and role were not translated: shown in English, and marked so.
    expect(inRussian.evidence[0]).toMatchObject({ note: "Shows he said it.", noteLanguage: "en" });
    expect(inRussian.speaker?.name).toBe("Kassym-Jomart Tokayev");
    const inKyrgyz = await localizeClaim(published, "ky", db);
    expect(inKyrgyz).toMatchObject({ statement: "20,000 bandits attacked Almaty", shownIn: { statement: "en" }, untranslated: true });
    expect((await localizeClaim(published, "en", db)).untranslated).toBe(false);
    expect((await localizeList([published], "ru", db))[0]).toMatchObject({ statement: "На Алматы напали 20 000 бандитов", statementLanguage: "ru" });

    const queue = await findTranslationQueue(db);
    expect(queue.claims.map((item) => [item.slug, item.missing])).toEqual([[claim.slug, ["ky"]]]);
    const rows = await findClaimTranslations(claim.id, db);
    expect(rows.map((row) => `${row.entityType}.${row.field}:${row.versions.ru?.state ?? "missing"}`)).toEqual([
      "Claim.statement:approved", "Claim.verdictSummary:approved", "Claim.speakerRole:missing", "Actor.name:missing", "Actor.title:missing", "EvidenceLink.note:missing",
    ]);

    // The English summary is corrected: its Russian version no longer matches and leaves the page.
    await correctClaim({ db, actor: reviewer, input: { claimId: claim.id, version: claim.version, ratingKey: "unproven", verdictSummary: "The figure was given without evidence; the prosecutor's account gives no count.", note: "The prosecutor's final account is now cited." } });
    const corrected = (await findPublishedClaim({ db, slug: claim.slug }))!;
    expect((await pageLanguages([corrected], db)).get(claim.id)).toEqual(["en"]);
    const stale = await localizeClaim(corrected, "ru", db);
    expect(stale).toMatchObject({ statement: "На Алматы напали 20 000 бандитов", verdictSummary: corrected.verdictSummary, shownIn: { verdictSummary: "en" } });
    expect((await findClaimTranslations(claim.id, db)).find((row) => row.field === "verdictSummary")?.versions.ru?.state).toBe("out of date");
    // Translated anew and checked: back on the page.
    const renewed = await saveTranslation({ db, actor: editor2, input: ru(claim.id, "verdictSummary", "Цифру назвали без доказательств; в отчёте прокуратуры число не приводится.") });
    expect(renewed.replacedPublic).toBe(true);
    await approveTranslation({ db, actor: reviewer, id: renewed.id });
    expect((await pageLanguages([corrected], db)).get(claim.id)).toEqual(["en", "ru"]);
    // An evidence note's version awaiting its check is counted with its claim in the queue.
    const link = await db.evidenceLink.findFirstOrThrow({ where: { claimId: claim.id } });
    await saveTranslation({ db, actor: editor, input: { entityType: "EvidenceLink", entityId: link.id, field: "note", language: "ru", text: "Показывает, что он это сказал." } });
    const waiting = await findTranslationQueue(db);
    expect(waiting.pendingTotal).toBe(1);
    expect(waiting.claims.find((item) => item.id === claim.id)?.awaitingCheck).toBe(1);
    expect(await db.auditEvent.count({ where: { entityType: "TextVersion", action: "approve" } })).toBe(3);
  });

  it("names a tag in Russian once a reviewer approves it: in the claim's translation panel and the reader's search filter", async () => {
    const { editor, reviewer, claim } = await publishedClaim();
    const tag = await db.tag.create({ data: { slug: "almaty", label: "Almaty" } });
    await db.claimTag.create({ data: { claimId: claim.id, tagId: tag.id } });
    const row = (await findClaimTranslations(claim.id, db)).find((each) => each.key === "Tag.label")!;
    expect(row).toMatchObject({ entityType: "Tag", entityId: tag.id, original: "Almaty", context: { kind: "tag" } });
    const version = await saveTranslation({ db, actor: editor, input: { entityType: "Tag", entityId: tag.id, field: "label", language: "ru", text: "Алматы" } });
    expect(await localizeTags([tag], "ru", db)).toEqual([tag]);
    await approveTranslation({ db, actor: reviewer, id: version.id });
    expect(await localizeTags([tag], "ru", db)).toEqual([{ ...tag, label: "Алматы" }]);
    expect(await localizeTags([tag], "ky", db)).toEqual([tag]);
    await expect(saveTranslation({ db, actor: editor, input: { entityType: "Tag", entityId: tag.id, field: "label", language: "ky", text: "А".repeat(61) } })).rejects.toThrow("The tag is at most 60 characters in every language; this one has 61.");
  });
});
