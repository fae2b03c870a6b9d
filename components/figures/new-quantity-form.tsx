"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createQuantityAction } from "@/lib/figures/actions";
import { slugify } from "@/lib/text/slug";
import { describedBy, Field, buttonClass, inputClass } from "../ui/field";

export function NewQuantityForm({ totals }: { totals: { key: string; labelEn: string }[] }) {
  const router = useRouter();
  const [values, setValues] = useState({ labelEn: "", labelRu: "", labelKy: "", unit: "people", partOfKey: "", key: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const key = values.key || slugify(values.labelEn);

  async function submit() {
    const result = await createQuantityAction({ ...values, key });
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      return setMessage(result.message);
    }
    setMessage(`Created “${result.data.labelEn}”.`);
    setErrors({});
    setValues({ labelEn: "", labelRu: "", labelKy: "", unit: "people", partOfKey: "", key: "" });
    router.refresh();
  }

  return (
    <form
      className="grid gap-x-4 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {(
        [
          ["labelEn", "Name in English"],
          ["labelRu", "Name in Russian"],
          ["labelKy", "Name in Kyrgyz"],
          ["unit", "Unit"],
        ] as const
      ).map(([field, label]) => (
        <Field key={field} id={`quantity-${field}`} label={label} error={errors[field]}>
          <input {...describedBy(`quantity-${field}`, errors[field])} className={inputClass} value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />
        </Field>
      ))}
      <Field id="quantity-key" label={`Key (${key || "from the English name"})`} error={errors.key}>
        <input {...describedBy("quantity-key", errors.key)} className={inputClass} value={values.key} placeholder={key} onChange={(event) => setValues({ ...values, key: event.target.value })} />
      </Field>
      <Field id="quantity-partOfKey" label="Part of a total" error={errors.partOfKey}>
        <select {...describedBy("quantity-partOfKey", errors.partOfKey)} className={inputClass} value={values.partOfKey} onChange={(event) => setValues({ ...values, partOfKey: event.target.value })}>
          <option value="">Not a part</option>
          {totals.map((total) => (
            <option key={total.key} value={total.key}>
              {total.labelEn}
            </option>
          ))}
        </select>
      </Field>
      <div className="mt-3 sm:col-span-2">
        <button type="submit" className={buttonClass}>
          Create quantity
        </button>
        <p role="status" aria-live="polite" className="mt-1 text-sm">
          {message ?? ""}
        </p>
      </div>
    </form>
  );
}
