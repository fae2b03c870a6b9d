"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveRatingScaleAction } from "@/lib/claims/actions";
import { ratingScaleSchema } from "@/lib/claims/schema";
import { explain, type ErrorTranslator } from "@/lib/i18n/refusals";
import { buttonClass, inputClass, secondaryButtonClass } from "../ui/field";

type Row = { id?: string; key: string; labelEn: string; labelRu: string; labelKy: string; reviewValue: string; colour: string };
export type RatingRow = { id: string; key: string; labelEn: string; labelRu: string; labelKy: string; reviewValue: number | null; colour: string };

/** The admin's verdict scale: labels in three languages, ClaimReview value, colour, order. */
export function RatingScaleForm({ ratings }: { ratings: RatingRow[] }) {
  const router = useRouter();
  const t = useTranslations("desk.ratings");
  const refusals = useTranslations("errors") as unknown as ErrorTranslator;
  const [rows, setRows] = useState<Row[]>(ratings.map((rating) => ({ ...rating, reviewValue: rating.reviewValue?.toString() ?? "" })));
  const [message, setMessage] = useState<string | null>(null);
  const update = (index: number, patch: Partial<Row>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    setRows(next);
  };

  async function save() {
    const input = rows.map((row) => ({ ...row, reviewValue: row.reviewValue.trim() === "" ? null : Number(row.reviewValue) }));
    const checked = ratingScaleSchema.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const row = typeof issue.path[0] === "number" ? ` ${t("inRow", { row: issue.path[0] + 1 })}` : "";
      return setMessage(`${explain(refusals, issue.message)}${row}`);
    }
    const result = await saveRatingScaleAction(input);
    setMessage(result.ok ? t("saved") : result.message);
    if (result.ok) router.refresh();
  }

  return (
    <div>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col">{t("columns.order")}</th>
            <th scope="col">{t("columns.key")}</th>
            <th scope="col">{t("columns.labelEn")}</th>
            <th scope="col">{t("columns.labelRu")}</th>
            <th scope="col">{t("columns.labelKy")}</th>
            <th scope="col">{t("columns.reviewValue")}</th>
            <th scope="col">{t("columns.colour")}</th>
            <th scope="col"><span className="sr-only">{t("columns.actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id ?? `new-${index}`}>
              <td className="whitespace-nowrap">
                <button type="button" aria-label={t("moveUp", { name: row.labelEn || t("row") })} disabled={index === 0} onClick={() => move(index, -1)} className="px-1">
                  ↑
                </button>
                <button type="button" aria-label={t("moveDown", { name: row.labelEn || t("row") })} disabled={index === rows.length - 1} onClick={() => move(index, 1)} className="px-1">
                  ↓
                </button>
              </td>
              {(["key", "labelEn", "labelRu", "labelKy", "reviewValue"] as const).map((field) => (
                <td key={field}>
                  <input aria-label={t("cell", { column: t(`columns.${field}`), row: index + 1 })} className={inputClass} value={row[field]} onChange={(event) => update(index, { [field]: event.target.value })} />
                </td>
              ))}
              <td>
                <input type="color" aria-label={t("cell", { column: t("columns.colour"), row: index + 1 })} value={row.colour} onChange={(event) => update(index, { colour: event.target.value })} />
              </td>
              <td>
                <button type="button" className="text-red-700 underline" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                  {t("remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex gap-2">
        <button type="button" className={secondaryButtonClass} onClick={() => setRows([...rows, { key: "", labelEn: "", labelRu: "", labelKy: "", reviewValue: "", colour: "#57606a" }])}>
          {t("add")}
        </button>
        <button type="button" className={buttonClass} onClick={save}>
          {t("save")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="ratings-message">
        {message ?? ""}
      </p>
    </div>
  );
}
