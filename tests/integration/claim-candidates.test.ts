// Claim spotting in the desk (issue 17): candidates computed in the import job and stored with
// the entries, speakers matched by alias across scripts, the "To check" queue and its filters,
// a claim made from a candidate's words, and a dismissal that stays.
import { afterAll, describe, expect, it } from "vitest";
import { createActor } from "../../lib/actors/mutations";
import { dismissCandidate } from "../../lib/candidates/mutations";
import { findCandidateQueue } from "../../lib/candidates/queries";
import { createClaim } from "../../lib/claims/mutations";
import { enqueueImports, runImportJob } from "../../lib/sources/import-jobs";
import { FieldError } from "../../lib/errors";
import { resetData, testDb } from "../helpers/db";
import { useImportQueue } from "../helpers/import-queue";
import { newsroom } from "../helpers/newsroom";

const db = testDb();

describe("claim candidates", () => {
  const imports = useImportQueue(db);
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  it("are spotted in the import job, offered by score, claimed from their words or dismissed for good", async () => {
    const people = await newsroom(db);
    const ministry = await createActor({ db, actorId: people.editor.id, input: { name: "Ministry of Internal Affairs of Kazakhstan", kind: "ORGANISATION", aliases: ["МВД", "Ички иштер министрлиги"] } });
    const text = [
      "10:00 По данным МВД, к 10 января задержаны 7939 человек.",
      "11:00 Погода в Алматы солнечная.",
      "12:00 Все задержанные будут отпущены, заявил аким.",
    ].join("\n");
    const [jobId] = await enqueueImports({ db, boss: imports.boss, actorId: people.editor.id, files: [{ name: "live-ru.txt", bytes: new TextEncoder().encode(text) }], options: { language: "ru", publishedAt: "2022-01-10" } });
    await runImportJob({ db, importJobId: jobId });

    const stored = await db.claimCandidate.findMany({ orderBy: { score: "desc" }, select: { text: true, score: true, reasons: true, speakerText: true, speakerId: true, entry: { select: { ordinal: true } } } });
    expect(stored.map((candidate) => candidate.entry.ordinal)).toEqual([1, 3]);
    expect(stored[0]).toMatchObject({ text: "По данным МВД, к 10 января задержаны 7939 человек.", speakerText: "МВД", speakerId: ministry.id, reasons: ["figure", "attribution", "named-source"] });

    // The queue: highest score first, filtered by speaker and language.
    const queue = await findCandidateQueue({ db, filter: {} });
    expect(queue.map((item) => item.text)).toEqual(stored.map((candidate) => candidate.text));
    expect((await findCandidateQueue({ db, filter: { speaker: ministry.id } })).map((item) => item.id)).toEqual([queue[0].id]);
    expect(await findCandidateQueue({ db, filter: { language: "en" } })).toEqual([]);

    // Accepting: a draft claim from its words, anchored, with its speaker and figure; it leaves the queue.
    const [first] = queue;
    const figure = await db.figureMention.findFirstOrThrow({ where: { entryId: first.entryId, value: 7939 }, select: { value: true, hedge: true, unit: true } });
    const claim = await createClaim({
      db,
      actor: people.editor,
      input: {
        statement: "7,939 people were detained by 10 January",
        quoteOriginal: first.text,
        quoteLanguage: "ru",
        entryId: first.entryId,
        anchor: { exact: first.text, start: first.start },
        speakerId: ministry.id,
        figure: { value: figure.value, hedge: figure.hedge, unit: figure.unit, quantityId: people.detained.id },
      },
    });
    const draft = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, anchorStart: true, anchorEnd: true, speakerId: true, figureValue: true } });
    expect(draft).toEqual({ status: "DRAFT", anchorStart: first.start, anchorEnd: first.end, speakerId: ministry.id, figureValue: 7939 });
    expect((await findCandidateQueue({ db, filter: {} })).map((item) => item.id)).toEqual([queue[1].id]);

    // Dismissing, with a reason: it stays dismissed, and says so if asked again.
    await expect(dismissCandidate({ db, actor: people.editor, input: { candidateId: queue[1].id, reason: "" } })).rejects.toBeInstanceOf(FieldError);
    await dismissCandidate({ db, actor: people.editor, input: { candidateId: queue[1].id, reason: "An opinion about the future" } });
    expect(await findCandidateQueue({ db, filter: {} })).toEqual([]);
    await expect(dismissCandidate({ db, actor: people.editor, input: { candidateId: queue[1].id, reason: "again" } })).rejects.toThrow("no longer in the queue");
    expect(await db.auditEvent.count({ where: { entityType: "ClaimCandidate", action: "dismiss" } })).toBe(1);
  });
});
