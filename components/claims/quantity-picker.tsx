"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createQuantityAction } from "@/lib/figures/actions";
import { slugify } from "@/lib/text/slug";
import { inputClass, secondaryButtonClass } from "../ui/field";

export type QuantityOption = { id: string; key: string; labelEn: string; unit: string | null };

/** Choose the quantity a figure is about, or create one ("People detained") without leaving the form. */
export function QuantityPicker({ id, value, options, onChange, error }: { id: string; value: string; options: QuantityOption[]; onChange: (id: string, options: QuantityOption[]) => void; error?: string }) {
  const t = useTranslations("desk.quantityPicker");
  const [adding, setAdding] = useState(false);
  const [labels, setLabels] = useState({ labelEn: "", labelRu: "", labelKy: "", unit: "people" });
  const [message, setMessage] = useState<string | null>(null);

  async function add() {
    setMessage(null);
    const result = await createQuantityAction({ key: slugify(labels.labelEn), ...labels });
    if (!result.ok) return setMessage(result.message);
    onChange(result.data.id, [...options, result.data]);
    setAdding(false);
  }

  return (
    <div>
      <select id={id} className={inputClass} value={value} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`} onChange={(event) => onChange(event.target.value, options)}>
        <option value="">{t("none")}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.labelEn}
          </option>
        ))}
      </select>
      {adding ? (
        <fieldset className="mt-2 rounded border border-gray-300 p-2">
          <legend className="px-1 text-xs font-semibold">{t("newQuantity")}</legend>
          {(["labelEn", "labelRu", "labelKy", "unit"] as const).map((field) => (
            <label key={field} className="mt-1 block text-xs font-semibold">
              {t(field)}
              <input className={inputClass} value={labels[field]} onChange={(event) => setLabels({ ...labels, [field]: event.target.value })} />
            </label>
          ))}
          <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={add}>
            {t("create")}
          </button>
          {message ? <p role="alert" className="mt-1 text-sm text-red-700">{message}</p> : null}
        </fieldset>
      ) : (
        <button type="button" className="mt-1 text-sm text-accent underline" onClick={() => setAdding(true)}>
          {t("add")}
        </button>
      )}
    </div>
  );
}
