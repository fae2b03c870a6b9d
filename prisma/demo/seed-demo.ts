import { saveSiteIdentity } from "../../lib/identity/mutations";
import { DEMO_IDENTITY } from "./identity";
import { UserFacingError } from "../../lib/errors";
import type { Db } from "../../lib/db/client";
import { createActor } from "../../lib/actors/mutations";
import { createClaim } from "../../lib/claims/mutations";
import { spotCandidates } from "../../lib/text/claim-spotting";
import { extractFigures } from "../../lib/text/numbers";
import { publishClaim, submitClaim } from "../../lib/claims/review-claim";
import { approveTranslation, saveTranslation } from "../../lib/translations/mutations";
import { DEMO_ACTOR_VERSIONS, DEMO_CLAIM_VERSIONS } from "./translations";
import { ensureDefaultRatings } from "../../lib/claims/ratings";
import { linkEvidence } from "../../lib/evidence/mutations";
import { createQuantity } from "../../lib/figures/mutations";
import { createSource } from "../../lib/sources/mutations";
import { createUser } from "../../lib/users/mutations";
import { DEMO_ACTORS, DEMO_CLAIMS, DEMO_QUANTITIES } from "./claims";
import { DEMO_SOURCES, type DemoEntry } from "./sources";

export const DEMO_USERS = [
  { email: "admin@factlog.test", name: "Aida Admin", role: "admin", password: "demo-admin-2022" },
  { email: "reviewer@factlog.test", name: "Ruslan Reviewer", role: "reviewer", password: "demo-reviewer-2022" },
  { email: "editor@factlog.test", name: "Elnura Editor", role: "editor", password: "demo-editor-2022" },
] as const;

export class NotEmptyError extends UserFacingError {}

function figuresOf(entry: DemoEntry) {
  return (entry.figures ?? []).map((figure) => {
    const field = entry.text.includes(figure.text) ? "text" : "headline";
    const haystack = field === "text" ? entry.text : (entry.headline ?? "");
    const start = haystack.indexOf(figure.text);
    if (start < 0) throw new Error(`Demo data: "${figure.text}" is not in entry ${entry.key}.`);
    // The hedge as worded comes from the importer's own reading of the same words.
    const read = extractFigures(haystack, entry.language).find((found) => found.start === start && found.end === start + figure.text.length);
    if (read && read.hedge.toUpperCase() !== figure.hedge) throw new Error(`Demo data: "${figure.text}" reads as ${read.hedge}, not ${figure.hedge}.`);
    return {
      field,
      text: figure.text,
      value: figure.value,
      hedge: figure.hedge,
      hedgeWord: figure.hedgeWord ?? read?.hedgeWord ?? null,
      unit: figure.unit ?? null,
      start,
      end: start + figure.text.length,
      quantityKey: figure.quantity,
    } as const;
  });
}

/** Builds the demo newsroom with the app's own functions. Refuses a database that has data. */
export async function seedDemo(options: { db: Db; log?: (line: string) => void }) {
  const { db } = options;
  const log = options.log ?? (() => {});
  const [users, sources, claims] = await Promise.all([db.user.count(), db.source.count(), db.claim.count()]);
  if (users + sources + claims > 0) {
    throw new NotEmptyError(
      `The database already has data (${users} users, ${sources} sources, ${claims} claims); the demo is only built into an empty database.`,
    );
  }

  const userIds: Record<string, { id: string; role: "ADMIN" | "REVIEWER" | "EDITOR" }> = {};
  for (const user of DEMO_USERS) {
    const created = await createUser({ db, actorId: null, input: user });
    userIds[user.role] = { id: created.id, role: created.role };
  }
  const editor = userIds.editor;
  const reviewer = userIds.reviewer;
  await ensureDefaultRatings({ db, actorId: userIds.admin.id });
  await saveSiteIdentity({ db, actor: userIds.admin, input: DEMO_IDENTITY });

  const quantityIds: Record<string, string> = {};
  for (const quantity of DEMO_QUANTITIES) {
    quantityIds[quantity.key] = (await createQuantity({ db, actorId: editor.id, input: quantity })).id;
  }
  const actorIds: Record<string, string> = {};
  for (const { key, ...actor } of DEMO_ACTORS) {
    actorIds[key] = (await createActor({ db, actorId: editor.id, input: actor })).id;
  }

  for (const source of DEMO_SOURCES) {
    const rawText = source.entries.map((entry) => [entry.postedAt, entry.headline, entry.text].filter(Boolean).join(" ")).join("\n\n");
    await createSource({
      db,
      actorId: editor.id,
      input: {
        ...source,
        rawText,
        entries: source.entries.map((entry) => ({
          postedAt: entry.postedAt ?? null,
          headline: entry.headline ?? null,
          text: entry.text,
          language: entry.language,
          figures: figuresOf(entry),
          // What the importer would offer the desk to check in the same words.
          candidates: spotCandidates(entry.text, figuresOf(entry).filter((figure) => figure.field === "text")).map(({ start, end, text, score, reasons, speaker }) => ({ start, end, text, score, reasons, speaker })),
        })),
      },
    });
  }
  const entryIds = await entryIdsByKey(db);

  // Entered by the editor, checked by the reviewer: the way every translation reaches readers.
  const translate = async (entityId: string, entityType: "Claim" | "Actor", field: string, language: "ru" | "ky", text: string) => {
    const version = await saveTranslation({ db, actor: editor, input: { entityType, entityId, field, language, text } });
    await approveTranslation({ db, actor: reviewer, id: version.id });
  };
  let published = 0;
  for (const claim of DEMO_CLAIMS) {
    const created = await createClaim({
      db,
      actor: editor,
      input: {
        statement: claim.statement,
        quoteOriginal: claim.quote,
        quoteLanguage: claim.quoteLanguage,
        translations: claim.translations,
        entryId: entryIds.get(claim.entry) ?? null,
        speakerId: actorIds[claim.speaker],
        speakerRole: claim.speakerRole ?? null,
        attribution: claim.attribution,
        saidAt: claim.saidAt,
        saidWhere: claim.saidWhere ?? null,
        figure: claim.figure
          ? { value: claim.figure.value, hedge: claim.figure.hedge, unit: claim.figure.unit, quantityId: quantityIds[claim.figure.quantity], asOf: claim.figure.asOf }
          : null,
        tags: claim.tags,
      },
    });
    for (const evidence of claim.evidence) {
      const entryId = entryIds.get(evidence.entry);
      if (!entryId) throw new Error(`Demo data: unknown entry ${evidence.entry}.`);
      await linkEvidence({ db, actor: editor, input: { claimId: created.id, entryId, stance: evidence.stance, passage: evidence.passage, note: evidence.note ?? null } });
    }
    if (claim.outcome === "draft") continue;
    await submitClaim({ db, actor: editor, claimId: created.id, version: created.version });
    if (claim.outcome === "review") continue;
    await publishClaim({
      db,
      actor: reviewer,
      input: { claimId: created.id, version: created.version + 1, ratingKey: claim.outcome.rating, verdictSummary: claim.outcome.summary },
    });
    published += 1;
    const versions = DEMO_CLAIM_VERSIONS[claim.statement];
    if (!versions) throw new Error(`Demo data: the published claim "${claim.statement}" has no Russian and Kyrgyz versions.`);
    for (const language of ["ru", "ky"] as const) {
      const role = claim.speakerRole ? DEMO_ACTOR_VERSIONS[claim.speaker]?.[language].title : undefined;
      await translate(created.id, "Claim", "statement", language, versions[language].statement);
      await translate(created.id, "Claim", "verdictSummary", language, versions[language].summary);
      if (role) await translate(created.id, "Claim", "speakerRole", language, role);
    }
  }
  for (const [key, versions] of Object.entries(DEMO_ACTOR_VERSIONS)) {
    for (const language of ["ru", "ky"] as const) {
      await translate(actorIds[key], "Actor", "name", language, versions[language].name);
      if (versions[language].title) await translate(actorIds[key], "Actor", "title", language, versions[language].title);
    }
  }
  const counts = { sources: DEMO_SOURCES.length, entries: entryIds.size, claims: DEMO_CLAIMS.length, published };
  log(`Demo data: ${counts.sources} sources, ${counts.entries} entries, ${counts.claims} claims (${counts.published} published).`);
  return counts;
}

// Demo entry keys map to ids through their text, which is unique within the demo.
async function entryIdsByKey(db: Db): Promise<Map<string, string>> {
  const rows = await db.entry.findMany({ select: { id: true, text: true } });
  const byText = new Map(rows.map((row) => [row.text, row.id]));
  const ids = new Map<string, string>();
  for (const source of DEMO_SOURCES) {
    for (const entry of source.entries) {
      const id = byText.get(entry.text);
      if (id) ids.set(entry.key, id);
    }
  }
  return ids;
}
