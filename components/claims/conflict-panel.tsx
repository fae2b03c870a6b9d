import { useTranslations } from "next-intl";
import { buttonClass } from "../ui/field";
import { wordFor } from "@/lib/i18n/words";
import type { Conflict } from "./use-claim-form";

function describe(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Both editors changed these fields: each row offers both values, and the editor keeps one. */
export function ConflictPanel({ conflict, onChange, onResolve }: { conflict: Conflict; onChange: (conflict: Conflict) => void; onResolve: () => void }) {
  const t = useTranslations("desk.claimForm");
  return (
    <section aria-labelledby="conflict-heading" className="mt-4 rounded border border-amber-500 bg-amber-50 p-3" data-testid="conflict">
      <h3 id="conflict-heading" className="font-semibold">
        {t("conflictTitle")}
      </h3>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col">{t("conflictField")}</th>
            <th scope="col">{t("conflictYours")}</th>
            <th scope="col">{t("conflictTheirs")}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.clashes.map((clash) => (
            <tr key={clash.field} className="align-top">
              <th scope="row" className="pr-2 text-left">{wordFor(t, `fieldNames.${clash.field}`, clash.field)}</th>
              {(["mine", "theirs"] as const).map((side) => (
                <td key={side} className="pr-2">
                  <label className="flex gap-1">
                    <input type="radio" name={`keep-${clash.field}`} checked={conflict.keep[clash.field] === side} onChange={() => onChange({ ...conflict, keep: { ...conflict.keep, [clash.field]: side } })} />
                    <span>{describe(side === "mine" ? clash.yours : clash.theirs, t("empty"))}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className={`${buttonClass} mt-2`} onClick={onResolve}>
        {t("conflictSave")}
      </button>
    </section>
  );
}
