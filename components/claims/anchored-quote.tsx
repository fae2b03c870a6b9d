import { useTranslations } from "next-intl";
import { describedBy, Field } from "../ui/field";

/**
 * The quote once it is anchored to the words selected in an entry: shown as the quotation it
 * is, not as a box to type in (it cannot change without losing its anchor), with the way to
 * choose other words: back to the entry, to select again.
 */
export function AnchoredQuote({ id, quote, language, entryId, error }: { id: string; quote: string; language: string; entryId: string; error?: string }) {
  const t = useTranslations("desk.claimForm");
  return (
    <Field id={id} label={t("quoteExact")} hint={t("quoteAnchoredHint")} error={error}>
      <textarea
        {...describedBy(id, error, true)}
        readOnly
        aria-readonly="true"
        lang={language}
        rows={Math.min(6, Math.max(2, Math.ceil(quote.length / 70)))}
        className="w-full resize-none rounded-none border-0 border-l-4 border-yellow-400 bg-yellow-50 px-3 py-1.5 text-sm italic"
        value={quote}
        data-testid="anchored-quote"
      />
      <a className="text-sm text-accent underline" href={`/desk/entries/${encodeURIComponent(entryId)}`} data-testid="reselect-quote">
        {t("reselect")}
      </a>
    </Field>
  );
}
