import { Prisma } from "../db/generated/client";

/**
 * How well a phrase names speaker `a` (0 to 1), the picker's matching in both directions: the
 * phrase within the speaker's spellings ("interior ministry" in "Ministry of Internal Affairs"),
 * or a spelling within the phrase («МВД» in «по данным МВД»). One rule for guessing a claim's
 * speaker and matching spotted candidates' attributions.
 */
export function sqlSpeakerLikeness(phrase: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`greatest(
    word_similarity(${phrase}, a."name" || ' ' || array_to_string(a."aliases", ' ')),
    (SELECT max(word_similarity(spelling, ${phrase})) FROM unnest(a."aliases" || a."name") spelling WHERE length(spelling) >= 3))`;
}

/** The likeness a phrase needs to name a speaker. */
export const SPEAKER_LIKENESS = 0.5;
