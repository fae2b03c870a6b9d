"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { redateEntryAction } from "@/lib/entries/actions";
import { Field, describedBy, inputClass, secondaryButtonClass } from "../ui/field";

/** Corrects when a post was published (UTC): the importer's reading of its day can be wrong, or missing. */
export function EntryDateForm({ entryId, publishedAt }: { entryId: string; publishedAt: string | null }) {
  const router = useRouter();
  const t = useTranslations("desk.entryDate");
  const [value, setValue] = useState(publishedAt ? publishedAt.slice(0, 16) : "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setDone(null);
    const result = await redateEntryAction({ entryId, publishedAt: value, reason });
    if (!result.ok) return setErrors(result.fieldErrors ?? { publishedAt: result.message });
    setDone(value ? t("saved") : t("cleared"));
    setReason("");
    router.refresh();
  }

  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-semibold">{t("title")}</summary>
      <form onSubmit={save} className="mt-2 grid max-w-md gap-1" noValidate>
        <Field id="entry-published-at" label={t("postedAt")} hint={t("postedAtHint")} error={errors.publishedAt}>
          <input {...describedBy("entry-published-at", errors.publishedAt, true)} type="datetime-local" value={value} onChange={(event) => setValue(event.target.value)} className={inputClass} />
        </Field>
        <Field id="entry-date-reason" label={t("why")} error={errors.reason}>
          <input {...describedBy("entry-date-reason", errors.reason)} type="text" value={reason} onChange={(event) => setReason(event.target.value)} className={inputClass} />
        </Field>
        <div>
          <button type="submit" className={secondaryButtonClass}>
            {t("save")}
          </button>
        </div>
        <p role="status" className="text-sm">{done ?? ""}</p>
      </form>
    </details>
  );
}
