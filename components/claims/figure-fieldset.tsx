import { useTranslations } from "next-intl";
import { describedBy, Field, inputClass } from "../ui/field";
import type { ClaimFormApi } from "./use-claim-form";
import { HEDGE_CHOICES } from "./labels";
import { QuantityPicker } from "./quantity-picker";

type FieldsetProps = Pick<ClaimFormApi, "state" | "setState" | "set" | "errors">;

/** The figure the claim gives: its hedge, value (or range), unit, quantity and the moment it refers to. */
export function FigureFieldset(props: FieldsetProps & Pick<ClaimFormApi, "setFigure" | "quantities" | "setQuantities" | "readFigureFromQuote">) {
  const { state, set, setFigure, errors, quantities, setQuantities, readFigureFromQuote } = props;
  const t = useTranslations("desk");
  const error = (field: string) => errors[field];
  return (
    <fieldset className="mt-3 rounded border border-gray-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("claimForm.theFigure")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={state.hasFigure} onChange={(event) => set("hasFigure", event.target.checked)} /> {t("claimForm.givesFigure")}
      </label>
      {!state.hasFigure ? (
        <button type="button" className="mt-1 text-sm text-accent underline" onClick={readFigureFromQuote}>
          {t("claimForm.readFigure")}
        </button>
      ) : (
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field id="figure-hedge" label={t("claimForm.hedge")} error={error("figure.hedge")}>
            <select id="figure-hedge" className={inputClass} value={state.figure.hedge} onChange={(event) => setFigure("hedge", event.target.value)}>
              {HEDGE_CHOICES.map((hedge) => (
                <option key={hedge} value={hedge}>
                  {t(`labels.hedge.${hedge}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="figure-value" label={t("claimForm.value")} error={error("figure.value")}>
            <input {...describedBy("figure-value", error("figure.value"))} inputMode="decimal" className={inputClass} value={state.figure.value} onChange={(event) => setFigure("value", event.target.value)} />
          </Field>
          <Field id="figure-unit" label={t("claimForm.unit")} error={error("figure.unit")}>
            <input id="figure-unit" className={inputClass} value={state.figure.unit} onChange={(event) => setFigure("unit", event.target.value)} />
          </Field>
          {state.figure.hedge === "RANGE" ? (
            <>
              <Field id="figure-low" label={t("claimForm.from")} error={error("figure.low")}>
                <input {...describedBy("figure-low", error("figure.low"))} inputMode="decimal" className={inputClass} value={state.figure.low} onChange={(event) => setFigure("low", event.target.value)} />
              </Field>
              <Field id="figure-high" label={t("claimForm.to")} error={error("figure.high")}>
                <input {...describedBy("figure-high", error("figure.high"))} inputMode="decimal" className={inputClass} value={state.figure.high} onChange={(event) => setFigure("high", event.target.value)} />
              </Field>
            </>
          ) : null}
          <Field id="figure-quantity" label={t("claimForm.quantity")} error={error("figure.quantityId")} className="mt-3 sm:col-span-2">
            <QuantityPicker
              id="figure-quantity"
              value={state.figure.quantityId}
              options={quantities}
              error={error("figure.quantityId")}
              onChange={(id, options) => {
                setQuantities(options);
                setFigure("quantityId", id);
              }}
            />
          </Field>
          <Field id="figure-asOf" label={t("claimForm.asOf")} error={error("figure.asOf")}>
            <input {...describedBy("figure-asOf", error("figure.asOf"))} type="datetime-local" className={inputClass} value={state.figure.asOf} onChange={(event) => setFigure("asOf", event.target.value)} />
          </Field>
        </div>
      )}
    </fieldset>
  );
}
