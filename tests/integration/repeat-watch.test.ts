// Repeat watch (issue 17): a second source that restates a published claim in another language
// is recorded as a repeat, the entry is marked already checked, and a repeat giving another figure
// puts the claim in "needs another look".
import { afterAll, describe, expect, it } from "vitest";
import { findClaimQueues, findClaimRepeats, findEntriesAlreadyChecked } from "../../lib/claims/desk-queries";
import { createClaim } from "../../lib/claims/mutations";
import { findPublicRepeats } from "../../lib/claims/public-queries";
import { publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { linkEvidence } from "../../lib/evidence/mutations";
import { enqueueImports, runImportJob } from "../../lib/sources/import-jobs";
import { resetData, testDb } from "../helpers/db";
import { useImportQueue } from "../helpers/import-queue";
import { addSource, newsroom } from "../helpers/newsroom";

const db = testDb();

describe("repeat watch", () => {
  const imports = useImportQueue(db);
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  /** Imports one text through the import job, as the desk and the command line do; its one entry. */
  async function importText(name: string, text: string, language: "ky" | "ru" | "en", actorId: string) {
    const [jobId] = await enqueueImports({ db, boss: imports.boss, actorId, files: [{ name, bytes: new TextEncoder().encode(text) }], options: { language, publishedAt: "2022-01-12" } });
    await runImportJob({ db, importJobId: jobId });
    const { sourceId } = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { sourceId: true } });
    return db.entry.findFirstOrThrow({ where: { sourceId: sourceId! }, select: { id: true } });
  }

  it("records a repeat in another language, marks the entry, and sends a changed figure's claim for another look", async () => {
    const people = await newsroom(db);
    const [entry] = await addSource(db, people.editor.id, "Address, 7 January", "2022-01-07T10:00:00Z", [
      { text: "President Kassym-Jomart Tokayev said 20,000 bandits had attacked Almaty.", language: "en" },
    ]);
    const claim = await createClaim({
      db,
      actor: people.editor,
      input: {
        statement: "20,000 bandits attacked Almaty",
        quoteOriginal: "20,000 bandits had attacked Almaty",
        quoteLanguage: "en",
        entryId: entry.id,
        speakerId: people.tokayev.id,
        translations: { ru: "Токаев заявил, что на Алматы напали 20 тысяч бандитов.", ky: "Токаев Алматыга 20 миң бандит кол салганын айтты." },
        figure: { value: 20000, hedge: "EXACT", unit: null },
        saidAt: "2022-01-07T10:00:00Z",
      },
    });
    await linkEvidence({ db, actor: people.editor, input: { claimId: claim.id, entryId: entry.id, stance: "CONTEXT", passage: entry.text.slice(0, 30) } });
    await submitClaim({ db, actor: people.editor, claimId: claim.id, version: 1 });
    await publishClaim({ db, actor: people.reviewer, input: { claimId: claim.id, version: 2, ratingKey: "false", verdictSummary: "No evidence of 20,000 attackers was ever produced." } });

    // The same statement, in Russian, with the same figure: a repeat, and the entry is already checked.
    const russian = await importText("ru.txt", "Токаев заявил, что на Алматы напали 20 тысяч бандитов.", "ru", people.editor.id);
    let repeats = await findClaimRepeats({ db, claimId: claim.id });
    expect(repeats.map((repeat) => [repeat.entry.id, repeat.kind])).toEqual([[russian.id, "same-figure"]]);
    expect((await findEntriesAlreadyChecked({ db, entryIds: [russian.id] })).map((item) => [item.claim.id, item.claim.status])).toEqual([[claim.id, "PUBLISHED"]]);
    expect((await findClaimQueues({ db, userId: people.editor.id })).needsAnotherLook).toEqual([]);

    // The same speaker, in Kyrgyz, with another figure: the claim needs another look.
    const kyrgyz = await importText("ky.txt", "Токаев Алматыга 30 миң бандит кол салганын айтты.", "ky", people.editor.id);
    repeats = await findClaimRepeats({ db, claimId: claim.id });
    expect(repeats.find((repeat) => repeat.entry.id === kyrgyz.id)).toMatchObject({ kind: "different-figure", figureValue: 30000 });
    const queues = await findClaimQueues({ db, userId: people.editor.id });
    expect(queues.needsAnotherLook.map((item) => item.id)).toEqual([claim.id]);

    // The verdict page's count: two sources since publication.
    expect(await findPublicRepeats({ db, claimId: claim.id, since: (await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { publishedAt: true } })).publishedAt })).toHaveLength(2);

    // An unrelated entry repeats nothing.
    const unrelated = await importText("weather.txt", "По данным синоптиков, в Алматы выпадет 20 сантиметров снега.", "ru", people.editor.id);
    expect(await findEntriesAlreadyChecked({ db, entryIds: [unrelated.id] })).toEqual([]);
  });
});
