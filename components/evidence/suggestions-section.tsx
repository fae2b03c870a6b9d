import { useLocale, useTranslations } from "next-intl";
import type { Suggestion } from "@/lib/evidence/suggestions";
import { formatLocaleDate } from "@/lib/i18n/format";
import { SuggestionList } from "./suggestion-list";

/** The ranked suggestions beside a claim, each with the stance it would be linked as. */
export function SuggestionsSection({ claimId, suggestions }: { claimId: string; suggestions: Suggestion[] }) {
  const t = useTranslations("desk.suggestions");
  const locale = useLocale();
  return (
  <section aria-labelledby="suggestions-heading">
    <h2 id="suggestions-heading" className="text-lg font-semibold">
      {t("title")}
    </h2>
    <SuggestionList
      claimId={claimId}
      items={suggestions.map((suggestion) => ({
        entryId: suggestion.entryId,
        kind: suggestion.kind,
        stance: suggestion.stance,
        reasons: suggestion.reasons,
        passage: suggestion.passage,
        figureMentionId: suggestion.figureMentionId,
        entry: { language: suggestion.entry.language, sourceTitle: suggestion.entry.sourceTitle, outlet: suggestion.entry.outlet, when: formatLocaleDate(locale, suggestion.entry.publishedAt), postedAt: suggestion.entry.postedAt },
      }))}
    />
  </section>
  );
}
