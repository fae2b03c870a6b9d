import { useTranslations } from "next-intl";
import { STANCES } from "../claims/labels";
import { inputClass } from "../ui/field";

export type StanceName = (typeof STANCES)[number];

/** How an entry bears on a claim (supports, contradicts, context), as one labelled select. */
export function StanceSelect({ label, value, onChange }: { label: string; value: StanceName; onChange: (stance: StanceName) => void }) {
  const t = useTranslations("desk.labels.stance");
  return (
    <label className="text-xs font-semibold">
      {label}
      <select className={inputClass} value={value} onChange={(event) => onChange(event.target.value as StanceName)}>
        {STANCES.map((stance) => (
          <option key={stance} value={stance}>
            {t(stance)}
          </option>
        ))}
      </select>
    </label>
  );
}
