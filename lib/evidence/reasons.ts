import type { useTranslations } from "next-intl";

/**
 * Why an entry is suggested as evidence, as data: the desk says it in its user's language from
 * desk.suggestions.reason.<key> in the message catalogs ("Gives the same figure (9,900)").
 * `nearby`: the figure was found in an entry like one on the quantity's timeline, not on it.
 */
export type SuggestionReason = {
  key: "sameFigure" | "earlierFigure" | "figureChanged" | "consistentFigure" | "sameDay" | "differentFigure" | "sharesWords" | "saysMuchTheSame" | "namesSpeaker" | "sameSpeaker";
  values?: Record<string, string>;
  nearby?: boolean;
};

type ReasonTranslator = ReturnType<typeof useTranslations<"desk.suggestions.reason">>;

/** A reason in words; `t` is the translator of desk.suggestions.reason in the reader's language. */
export function describeReason(t: ReasonTranslator, reason: SuggestionReason): string {
  const said = (t as unknown as (key: string, values?: Record<string, string>) => string)(reason.key, reason.values);
  return reason.nearby ? `${said} ${t("nearby")}` : said;
}
