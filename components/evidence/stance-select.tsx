import { STANCE_LABELS } from "../claims/labels";
import { inputClass } from "../ui/field";

export type StanceName = keyof typeof STANCE_LABELS;

/** How an entry bears on a claim (supports, contradicts, context), as one labelled select. */
export function StanceSelect({ label, value, onChange }: { label: string; value: StanceName; onChange: (stance: StanceName) => void }) {
  return (
    <label className="text-xs font-semibold">
      {label}
      <select className={inputClass} value={value} onChange={(event) => onChange(event.target.value as StanceName)}>
        {Object.entries(STANCE_LABELS).map(([stance, text]) => (
          <option key={stance} value={stance}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
