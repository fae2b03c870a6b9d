"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { createClaimAction, saveClaimAction } from "@/lib/claims/actions";
import { CLAIM_FIELDS, claimFieldsSchema } from "@/lib/claims/schema";
import { sameValue } from "@/lib/claims/snapshot";
import { extractFigures } from "@/lib/text/numbers";
import { describedBy, Field, buttonClass, inputClass, secondaryButtonClass } from "../ui/field";
import { ActorPicker } from "./actor-picker";
import { fieldErrorsFrom, formStateFromFields, formStateToInput, type ClaimFormState, type SerializedFields } from "./claim-form-state";
import { HEDGE_LABELS, LANGUAGE_NAMES } from "./labels";
import { QuantityPicker, type QuantityOption } from "./quantity-picker";

type Clash = { field: string; yours: unknown; theirs: unknown };
type Props = {
  initial: ClaimFormState;
  quantities: QuantityOption[];
} & ({ mode: "create"; entryId: string | null; anchor: { exact: string; start: number } | null } | { mode: "edit"; claimId: string; version: number; base: SerializedFields; speakerName: string });

const FIELD_NAMES: Record<string, string> = {
  statement: "statement", quoteOriginal: "quote", quoteLanguage: "language", translations: "translations", speakerId: "speaker", speakerRole: "role",
  attribution: "attribution", attributionChain: "how it reached us", saidAt: "when said", saidWhere: "where said", figure: "figure", tags: "tags",
};

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export function ClaimForm(props: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [quantities, setQuantities] = useState(props.quantities);
  const [conflict, setConflict] = useState<{ clashes: Clash[]; currentVersion: number; current: SerializedFields; keep: Record<string, "mine" | "theirs"> } | null>(null);
  const editVersion = props.mode === "edit" ? props.version : 0;
  const [version, setVersion] = useState(editVersion);
  const [base, setBase] = useState(props.mode === "edit" ? props.base : null);

  // After a save the page re-renders with the stored claim: start again from it.
  const [seenVersion, setSeenVersion] = useState(editVersion);
  if (props.mode === "edit" && editVersion !== seenVersion) {
    setSeenVersion(editVersion);
    setVersion(editVersion);
    setBase(props.base);
    setState(props.initial);
  }

  const set = <K extends keyof ClaimFormState>(key: K, value: ClaimFormState[K]) => setState((previous) => ({ ...previous, [key]: value }));
  const setFigure = (key: keyof ClaimFormState["figure"], value: string) => setState((previous) => ({ ...previous, figure: { ...previous.figure, [key]: value } }));

  function readFigureFromQuote() {
    const [figure] = extractFigures(state.quoteOriginal, state.quoteLanguage);
    if (!figure) return setErrors({ ...errors, "figure.value": "No figure found in the quote; type it in." });
    setState((previous) => ({
      ...previous,
      hasFigure: true,
      figure: { ...previous.figure, value: figure.value?.toString() ?? "", low: figure.low?.toString() ?? "", high: figure.high?.toString() ?? "", hedge: figure.hedge.toUpperCase(), unit: figure.unit ?? previous.figure.unit },
    }));
  }

  async function save(overrides?: { version: number; base: SerializedFields; state: ClaimFormState }) {
    const current = overrides?.state ?? state;
    const input = formStateToInput(current);
    const checked = claimFieldsSchema.safeParse(input);
    if (!checked.success) {
      const fieldErrors = fieldErrorsFrom(checked.error.issues);
      setErrors(fieldErrors);
      setMessage({ tone: "error", text: "Some fields need attention; see the messages beside them." });
      form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    setErrors({});
    setMessage(null);
    setPending(true);
    if (props.mode === "create") {
      const result = await createClaimAction({ ...input, entryId: props.entryId, anchor: props.anchor });
      setPending(false);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        return setMessage({ tone: "error", text: result.message });
      }
      router.push(`/desk/claims/${result.data.id}`);
      return;
    }
    const result = await saveClaimAction({ claimId: props.claimId, version: overrides?.version ?? version, fields: input, base: (overrides?.base ?? base) as never });
    setPending(false);
    if (!result.ok) {
      if (result.conflict) {
        const clashes = result.conflict.clashes;
        setConflict({ ...result.conflict, current: result.conflict.current as SerializedFields, clashes, keep: Object.fromEntries(clashes.map((clash) => [clash.field, "mine"])) });
      } else setErrors(result.fieldErrors ?? {});
      return setMessage({ tone: "error", text: result.message });
    }
    setConflict(null);
    // Go on from the claim as stored, which is what this form holds unless others' changes were
    // merged in; then a save before the refresh below arrives is merged again against the old base.
    // The page's other panels (history, suggestions) follow on the refresh.
    if (result.data.mergedFromOthers.length === 0) {
      setVersion(result.data.version);
      setBase(result.data.fields as SerializedFields);
    }
    const merged = result.data.mergedFromOthers.map((field) => FIELD_NAMES[field] ?? field);
    const saved = result.data.saved.length ? "Saved." : "Nothing had changed.";
    setMessage({ tone: "ok", text: merged.length ? `${saved} Someone else had changed the ${merged.join(", ")} meanwhile; their changes are kept too.` : saved });
    router.refresh();
  }

  /**
   * Start from the saved version, then put back every field this editor changed, except the
   * clashing ones where they chose the other editor's value.
   */
  function resolveConflict() {
    if (!conflict || !base) return;
    const mine = claimFieldsSchema.safeParse(formStateToInput(state));
    const opened = claimFieldsSchema.safeParse(base);
    const next: ClaimFormState = formStateFromFields(conflict.current, "");
    for (const field of CLAIM_FIELDS) {
      const changedByMe = !mine.success || !opened.success || !sameValue(mine.data[field], opened.data[field]);
      const clash = conflict.clashes.some((item) => item.field === field);
      if (!changedByMe || (clash && conflict.keep[field] === "theirs")) continue;
      if (field === "figure") Object.assign(next, { hasFigure: state.hasFigure, figure: state.figure });
      else if (field === "speakerId") Object.assign(next, { speakerId: state.speakerId, speakerName: state.speakerName });
      else Object.assign(next, { [field]: state[field as keyof ClaimFormState] });
    }
    if (next.speakerId === state.speakerId) next.speakerName = state.speakerName;
    setState(next);
    setVersion(conflict.currentVersion);
    setBase(conflict.current);
    void save({ version: conflict.currentVersion, base: conflict.current, state: next });
  }

  const error = (field: string) => errors[field];
  return (
    <form
      ref={form}
      noValidate
      aria-label={props.mode === "create" ? "New claim" : "Edit claim"}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <Field id="statement" label={`Statement (${state.statement.length}/75)`} hint="A short, neutral statement of what was claimed; the verdict goes in the rating." error={error("statement")}>
        <input {...describedBy("statement", error("statement"), true)} className={inputClass} value={state.statement} onChange={(event) => set("statement", event.target.value)} />
      </Field>
      <Field id="quoteOriginal" label="Exact quote, in its original language" error={error("quoteOriginal")}>
        <textarea {...describedBy("quoteOriginal", error("quoteOriginal"))} rows={3} className={inputClass} value={state.quoteOriginal} readOnly={props.mode === "create" && Boolean(props.anchor)} onChange={(event) => set("quoteOriginal", event.target.value)} />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="quoteLanguage" label="Language of the quote" error={error("quoteLanguage")}>
          <select {...describedBy("quoteLanguage", error("quoteLanguage"))} className={inputClass} value={state.quoteLanguage} onChange={(event) => set("quoteLanguage", event.target.value)}>
            {Object.entries(LANGUAGE_NAMES).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="tags" label="Tags, separated by commas" error={error("tags")}>
          <input {...describedBy("tags", error("tags"))} className={inputClass} value={state.tags} onChange={(event) => set("tags", event.target.value)} />
        </Field>
      </div>
      <fieldset className="mt-3 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">Translations</legend>
        {(["en", "ru", "ky"] as const).map((language) => (
          <Field key={language} id={`translation-${language}`} label={LANGUAGE_NAMES[language]} error={error(`translations.${language}`)}>
            <textarea id={`translation-${language}`} lang={language} rows={2} className={inputClass} value={state.translations[language]} onChange={(event) => set("translations", { ...state.translations, [language]: event.target.value })} />
          </Field>
        ))}
      </fieldset>

      <fieldset className="mt-3 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">Who said it</legend>
        <Field id="speaker" label="Speaker" error={error("speakerId")}>
          <ActorPicker id="speaker" value={state.speakerId} name={state.speakerName} error={error("speakerId")} onChange={(id, name) => setState((previous) => ({ ...previous, speakerId: id, speakerName: name }))} />
        </Field>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field id="speakerRole" label="Their role at the time" error={error("speakerRole")}>
            <input {...describedBy("speakerRole", error("speakerRole"))} className={inputClass} value={state.speakerRole} onChange={(event) => set("speakerRole", event.target.value)} />
          </Field>
          <Field id="saidAt" label="When it was said (UTC)" error={error("saidAt")}>
            <input {...describedBy("saidAt", error("saidAt"))} type="datetime-local" className={inputClass} value={state.saidAt} onChange={(event) => set("saidAt", event.target.value)} />
          </Field>
          <Field id="saidWhere" label="Where it was said" error={error("saidWhere")}>
            <input {...describedBy("saidWhere", error("saidWhere"))} className={inputClass} value={state.saidWhere} onChange={(event) => set("saidWhere", event.target.value)} />
          </Field>
          <Field id="attribution" label="Attribution, in a line" error={error("attribution")}>
            <input {...describedBy("attribution", error("attribution"))} className={inputClass} value={state.attribution} onChange={(event) => set("attribution", event.target.value)} />
          </Field>
        </div>
        <div className="mt-3">
          <p className="text-sm font-semibold">How it reached us</p>
          <p className="text-xs text-muted">In order: said in a televised address, reported by an agency, quoted by the live blog.</p>
          <ol className="mt-1 space-y-1">
            {state.attributionChain.map((step, index) => (
              <li key={index} className="flex gap-2">
                <input aria-label={`Step ${index + 1}: how`} placeholder="how (reported, quoted…)" className={inputClass} value={step.how} onChange={(event) => set("attributionChain", state.attributionChain.map((item, i) => (i === index ? { ...item, how: event.target.value } : item)))} />
                <input aria-label={`Step ${index + 1}: by whom`} placeholder="by whom" className={inputClass} value={step.by} onChange={(event) => set("attributionChain", state.attributionChain.map((item, i) => (i === index ? { ...item, by: event.target.value } : item)))} />
                <button type="button" className={secondaryButtonClass} aria-label={`Remove step ${index + 1}`} onClick={() => set("attributionChain", state.attributionChain.filter((_, i) => i !== index))}>
                  ×
                </button>
              </li>
            ))}
          </ol>
          <p aria-live="polite" className="text-sm text-red-700">{Object.entries(errors).find(([field]) => field.startsWith("attributionChain"))?.[1] ?? ""}</p>
          <button type="button" className="mt-1 text-sm text-accent underline" onClick={() => set("attributionChain", [...state.attributionChain, { how: "", by: "" }])}>
            Add a step
          </button>
        </div>
      </fieldset>

      <fieldset className="mt-3 rounded border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">The figure</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={state.hasFigure} onChange={(event) => set("hasFigure", event.target.checked)} /> The claim gives a figure
        </label>
        {!state.hasFigure ? (
          <button type="button" className="mt-1 text-sm text-accent underline" onClick={readFigureFromQuote}>
            Read the figure from the quote
          </button>
        ) : (
          <div className="grid gap-x-4 sm:grid-cols-3">
            <Field id="figure-hedge" label="Hedge" error={error("figure.hedge")}>
              <select id="figure-hedge" className={inputClass} value={state.figure.hedge} onChange={(event) => setFigure("hedge", event.target.value)}>
                {Object.entries(HEDGE_LABELS).map(([hedge, label]) => (
                  <option key={hedge} value={hedge}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="figure-value" label="Value" error={error("figure.value")}>
              <input {...describedBy("figure-value", error("figure.value"))} inputMode="decimal" className={inputClass} value={state.figure.value} onChange={(event) => setFigure("value", event.target.value)} />
            </Field>
            <Field id="figure-unit" label="Unit" error={error("figure.unit")}>
              <input id="figure-unit" className={inputClass} value={state.figure.unit} onChange={(event) => setFigure("unit", event.target.value)} />
            </Field>
            {state.figure.hedge === "RANGE" ? (
              <>
                <Field id="figure-low" label="From" error={error("figure.low")}>
                  <input {...describedBy("figure-low", error("figure.low"))} inputMode="decimal" className={inputClass} value={state.figure.low} onChange={(event) => setFigure("low", event.target.value)} />
                </Field>
                <Field id="figure-high" label="To" error={error("figure.high")}>
                  <input {...describedBy("figure-high", error("figure.high"))} inputMode="decimal" className={inputClass} value={state.figure.high} onChange={(event) => setFigure("high", event.target.value)} />
                </Field>
              </>
            ) : null}
            <Field id="figure-quantity" label="Quantity it is about" error={error("figure.quantityId")} className="mt-3 sm:col-span-2">
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
            <Field id="figure-asOf" label="The moment it refers to (UTC)" error={error("figure.asOf")}>
              <input {...describedBy("figure-asOf", error("figure.asOf"))} type="datetime-local" className={inputClass} value={state.figure.asOf} onChange={(event) => setFigure("asOf", event.target.value)} />
            </Field>
          </div>
        )}
      </fieldset>

      {conflict ? (
        <section aria-labelledby="conflict-heading" className="mt-4 rounded border border-amber-500 bg-amber-50 p-3" data-testid="conflict">
          <h3 id="conflict-heading" className="font-semibold">
            Both of you changed these fields
          </h3>
          <table className="mt-2 w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col">Field</th>
                <th scope="col">Yours</th>
                <th scope="col">Theirs (saved)</th>
              </tr>
            </thead>
            <tbody>
              {conflict.clashes.map((clash) => (
                <tr key={clash.field} className="align-top">
                  <th scope="row" className="pr-2 text-left">{FIELD_NAMES[clash.field] ?? clash.field}</th>
                  {(["mine", "theirs"] as const).map((side) => (
                    <td key={side} className="pr-2">
                      <label className="flex gap-1">
                        <input type="radio" name={`keep-${clash.field}`} checked={conflict.keep[clash.field] === side} onChange={() => setConflict({ ...conflict, keep: { ...conflict.keep, [clash.field]: side } })} />
                        <span>{describe(side === "mine" ? clash.yours : clash.theirs)}</span>
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className={`${buttonClass} mt-2`} onClick={resolveConflict}>
            Save with these choices
          </button>
        </section>
      ) : null}

      <div className="mt-4 flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending} aria-keyshortcuts="Control+Enter">
          {props.mode === "create" ? "Create claim" : "Save changes"}
        </button>
        <span className="text-xs text-muted">Ctrl+Enter saves</span>
      </div>
      <p role="status" aria-live="polite" className={`mt-2 text-sm ${message?.tone === "error" ? "text-red-700" : "text-green-800"}`} data-testid="form-message">
        {message?.text ?? ""}
      </p>
    </form>
  );
}
