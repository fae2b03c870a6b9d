import { useTranslations } from "next-intl";
import { wordFor } from "@/lib/i18n/words";

type Candidate = { id: string; entryId: string; start: number; end: number; score: number; reasons: string[] };

/** The statements worth checking inside one entry, each with its reasons and a way to claim it. */
export function EntryCandidates({ text, candidates }: { text: string; candidates: Candidate[] }) {
  const t = useTranslations("desk.candidates");
  if (candidates.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 border-l-4 border-blue-200 pl-2 text-sm" aria-label={t("inEntry")} data-testid="entry-candidates">
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <span className="mr-1 rounded bg-blue-50 px-1 text-xs font-semibold text-blue-900">{t("score", { score: candidate.score.toFixed(2) })}</span>
          <q>{text.slice(candidate.start, candidate.end)}</q>{" "}
          <span className="text-xs text-muted">({candidate.reasons.map((code) => wordFor(t, `reason.${code}`, code)).join(", ")})</span>{" "}
          <a className="text-xs text-accent underline" href={`/desk/claims/new?entry=${encodeURIComponent(candidate.entryId)}&start=${candidate.start}&end=${candidate.end}`}>
            {t("claimThis")}
          </a>
        </li>
      ))}
    </ul>
  );
}
