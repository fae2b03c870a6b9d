"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createQuantityAction } from "@/lib/figures/actions";
import { slugify } from "@/lib/text/slug";
import { describedBy, Field, buttonClass, inputClass } from "../ui/field";

export function NewQuantityForm({ totals }: { totals: { key: string; label: string }[] }) {
  const router = useRouter();
  const t = useTranslations("desk.quantityPicker");
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
    setMessage(t("created", { label: result.data.labelEn }));
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
      {(["labelEn", "labelRu", "labelKy", "unit"] as const).map((field) => (
        <Field key={field} id={`quantity-${field}`} label={t(field)} error={errors[field]}>
          <input {...describedBy(`quantity-${field}`, errors[field])} className={inputClass} value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />
        </Field>
      ))}
      <Field id="quantity-key" label={t("key", { key: key || t("keyFromName") })} error={errors.key}>
        <input {...describedBy("quantity-key", errors.key)} className={inputClass} value={values.key} placeholder={key} onChange={(event) => setValues({ ...values, key: event.target.value })} />
      </Field>
      <Field id="quantity-partOfKey" label={t("partOf")} error={errors.partOfKey}>
        <select {...describedBy("quantity-partOfKey", errors.partOfKey)} className={inputClass} value={values.partOfKey} onChange={(event) => setValues({ ...values, partOfKey: event.target.value })}>
          <option value="">{t("notPart")}</option>
          {totals.map((total) => (
            <option key={total.key} value={total.key}>
              {total.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="mt-3 sm:col-span-2">
        <button type="submit" className={buttonClass}>
          {t("create")}
        </button>
        <p role="status" aria-live="polite" className="mt-1 text-sm">
          {message ?? ""}
        </p>
      </div>
    </form>
  );
}
