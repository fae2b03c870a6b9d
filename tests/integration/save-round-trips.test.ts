// An editor's save, counted in database round trips (issue 16): under readers' load each round
// trip waits a turn of a busy event loop, so a save makes at most six: the session's user, then
// begin, the claim read under its lock, the update, the audit event, commit.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadActiveUser } from "../../lib/auth/guards";
import { createClaim } from "../../lib/claims/mutations";
import { CLAIM_FIELD_SELECT, toClaimFields } from "../../lib/claims/snapshot";
import { updateClaimTellingPublished } from "../../lib/claims/update-claim";
import { countedClient } from "../helpers/counted-client";
import { resetData, testDb } from "../helpers/db";
import { addSource, newsroom } from "../helpers/newsroom";

const db = testDb();

describe("an editor's save", () => {
  const counted = countedClient();
  beforeEach(() => resetData(db));
  afterAll(async () => {
    await counted.client.$disconnect();
    await db.$disconnect();
  });

  async function draft() {
    const people = await newsroom(db);
    const [entry] = await addSource(db, people.editor.id, "Live blog", "2022-01-10T06:00:00Z", [{ text: "The interior ministry said 7,939 people had been detained.", language: "en" }]);
    const claim = await createClaim({ db, actor: people.editor, input: { statement: "7,939 people were detained", quoteOriginal: "7,939 people had been detained", quoteLanguage: "en", entryId: entry.id, tags: ["detentions"] } });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { ...CLAIM_FIELD_SELECT, version: true } });
    return { editor: people.editor, claimId: claim.id, version: stored.version, base: JSON.parse(JSON.stringify(toClaimFields(stored))) };
  }

  /** The save as the server action makes it: the guard's read of the user, then the update; the after-commit step asks nothing more. */
  async function countSave(change: (fields: Record<string, unknown>) => Record<string, unknown>) {
    const { editor, claimId, version, base } = await draft();
    await counted.client.$queryRaw`SELECT 1`; // connect outside the count
    counted.counter.trips = 0;
    counted.counter.statements = [];
    expect(await loadActiveUser(counted.client, editor.id)).not.toBeNull();
    const { result, everPublished } = await updateClaimTellingPublished({ db: counted.client, actor: editor, input: { claimId, version, base, fields: change({ ...base }) as typeof base } });
    return { result, everPublished, trips: counted.counter.trips, statements: counted.counter.statements };
  }

  it("makes at most six round trips, and says whether the claim was ever published", async () => {
    const { result, everPublished, trips, statements } = await countSave((fields) => ({ ...fields, saidWhere: "A televised address" }));
    expect(result).toMatchObject({ saved: ["saidWhere"], fields: { saidWhere: "A televised address", tags: ["detentions"] } });
    expect(everPublished).toBe(false);
    expect(trips, statements.join("\n")).toBeLessThanOrEqual(6);
  });

  // Changing the tags adds one statement (tags created, links replaced, in one): seven.
  it("makes at most seven when the tags change too, keeping an existing tag's label", async () => {
    const { result, trips, statements } = await countSave((fields) => ({ ...fields, saidWhere: "Akorda", tags: ["Detentions", "January events"] }));
    expect(result.fields.tags).toEqual(["detentions", "January events"]);
    expect(trips, statements.join("\n")).toBeLessThanOrEqual(7);
    const stored = await db.claim.findFirstOrThrow({ select: { tags: { select: { tag: { select: { label: true } } } } } });
    expect(stored.tags.map((link) => link.tag.label).sort()).toEqual(["January events", "detentions"]);
  });
});
