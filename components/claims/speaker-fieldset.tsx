import { useTranslations } from "next-intl";
import { describedBy, Field, inputClass, secondaryButtonClass } from "../ui/field";
import { ActorPicker } from "./actor-picker";
import type { ClaimFormApi } from "./use-claim-form";

type FieldsetProps = Pick<ClaimFormApi, "state" | "setState" | "set" | "errors">;

/** Who said it: the speaker (any spelling), their role, when and where, and how it reached us. */
export function SpeakerFieldset({ state, setState, set, errors }: FieldsetProps) {
  const t = useTranslations("desk.claimForm");
  const error = (field: string) => errors[field];
  return (
    <fieldset className="mt-3 rounded border border-gray-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("whoSaid")}</legend>
      <Field id="speaker" label={t("speaker")} error={error("speakerId")}>
        <ActorPicker id="speaker" value={state.speakerId} name={state.speakerName} error={error("speakerId")} onChange={(id, name) => setState((previous) => ({ ...previous, speakerId: id, speakerName: name }))} />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="speakerRole" label={t("speakerRole")} error={error("speakerRole")}>
          <input {...describedBy("speakerRole", error("speakerRole"))} className={inputClass} value={state.speakerRole} onChange={(event) => set("speakerRole", event.target.value)} />
        </Field>
        <Field id="saidAt" label={t("saidAt")} error={error("saidAt")}>
          <input {...describedBy("saidAt", error("saidAt"))} type="datetime-local" className={inputClass} value={state.saidAt} onChange={(event) => set("saidAt", event.target.value)} />
        </Field>
        <Field id="saidWhere" label={t("saidWhere")} error={error("saidWhere")}>
          <input {...describedBy("saidWhere", error("saidWhere"))} className={inputClass} value={state.saidWhere} onChange={(event) => set("saidWhere", event.target.value)} />
        </Field>
        <Field id="attribution" label={t("attribution")} error={error("attribution")}>
          <input {...describedBy("attribution", error("attribution"))} className={inputClass} value={state.attribution} onChange={(event) => set("attribution", event.target.value)} />
        </Field>
      </div>
      <div className="mt-3">
        <p className="text-sm font-semibold">{t("howItReachedUs")}</p>
        <p className="text-xs text-muted">{t("howItReachedUsHint")}</p>
        <ol className="mt-1 space-y-1">
          {state.attributionChain.map((step, index) => (
            <li key={index} className="flex gap-2">
              <input aria-label={t("stepHow", { step: index + 1 })} placeholder={t("stepHowPlaceholder")} className={inputClass} value={step.how} onChange={(event) => set("attributionChain", state.attributionChain.map((item, i) => (i === index ? { ...item, how: event.target.value } : item)))} />
              <input aria-label={t("stepBy", { step: index + 1 })} placeholder={t("stepByPlaceholder")} className={inputClass} value={step.by} onChange={(event) => set("attributionChain", state.attributionChain.map((item, i) => (i === index ? { ...item, by: event.target.value } : item)))} />
              <button type="button" className={secondaryButtonClass} aria-label={t("removeStep", { step: index + 1 })} onClick={() => set("attributionChain", state.attributionChain.filter((_, i) => i !== index))}>
                ×
              </button>
            </li>
          ))}
        </ol>
        <p aria-live="polite" className="text-sm text-red-700">{Object.entries(errors).find(([field]) => field.startsWith("attributionChain"))?.[1] ?? ""}</p>
        <button type="button" className="mt-1 text-sm text-accent underline" onClick={() => set("attributionChain", [...state.attributionChain, { how: "", by: "" }])}>
          {t("addStep")}
        </button>
      </div>
    </fieldset>
  );
}
