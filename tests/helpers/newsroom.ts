import type { Db } from "../../lib/db/client";
import { createActor } from "../../lib/actors/mutations";
import { ensureDefaultRatings } from "../../lib/claims/ratings";
import { createQuantity } from "../../lib/figures/mutations";
import { createSource } from "../../lib/sources/mutations";
import { extractFigures } from "../../lib/text/numbers";
import { createUser } from "../../lib/users/mutations";

type EntrySpec = { postedAt?: string; text: string; language: "en" | "ru" | "ky" };

/** An entry as the importer would store it: its figures found by the number reader. */
export function entryWithFigures(entry: EntrySpec) {
  return {
    postedAt: entry.postedAt ?? null,
    text: entry.text,
    language: entry.language,
    figures: extractFigures(entry.text, entry.language).map((figure) => ({ ...figure, field: "text" as const, hedge: figure.hedge.toUpperCase() as "EXACT" })),
  };
}

export async function addSource(db: Db, actorId: string, title: string, publishedAt: string, entries: EntrySpec[], outlet = "Test Wire") {
  const source = await createSource({
    db,
    actorId,
    input: {
      title,
      kind: "LIVE_BLOG",
      language: entries[0].language,
      outlet: { name: outlet },
      publishedAt,
      rawText: entries.map((entry) => entry.text).join("\n\n"),
      entries: entries.map(entryWithFigures),
    },
  });
  return db.entry.findMany({ where: { sourceId: source.id }, orderBy: { ordinal: "asc" }, select: { id: true, text: true } });
}

/** Users of every role, the rating scale, a speaker with spellings in three scripts, and a quantity. */
export async function newsroom(db: Db) {
  const user = (email: string, role: "editor" | "reviewer" | "admin") =>
    createUser({ db, actorId: null, input: { email, name: email.split("@")[0], role, password: `${role} password 123` } });
  const editor = await user("editor@example.org", "editor");
  const editor2 = await user("editor2@example.org", "editor");
  const reviewer = await user("reviewer@example.org", "reviewer");
  const admin = await user("admin@example.org", "admin");
  await ensureDefaultRatings({ db, actorId: admin.id });
  const tokayev = await createActor({ db, actorId: editor.id, input: { name: "Kassym-Jomart Tokayev", aliases: ["Токаев", "Тоқаев", "Tokayev"], title: "President of Kazakhstan" } });
  const detained = await createQuantity({ db, actorId: editor.id, input: { key: "detained", labelEn: "People detained", labelRu: "Задержанные", labelKy: "Кармалгандар", unit: "people" } });
  return { editor, editor2, reviewer, admin, tokayev, detained };
}
