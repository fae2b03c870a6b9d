"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { createClaimAction, saveClaimAction } from "@/lib/claims/actions";
import { CLAIM_FIELDS, claimFieldsSchema } from "@/lib/claims/schema";
import { sameValue } from "@/lib/claims/snapshot";
import { explain, type ErrorTranslator } from "@/lib/i18n/refusals";
import { wordFor } from "@/lib/i18n/words";
import { hedgeChoiceOf } from "@/lib/text/hedge-words";
import { extractFigures } from "@/lib/text/numbers";
import { fieldErrorsFrom, formStateFromFields, formStateToInput, type ClaimFormState, type SerializedFields } from "./claim-form-state";
import type { QuantityOption } from "./quantity-picker";

export type Clash = { field: string; yours: unknown; theirs: unknown };
export type Conflict = { clashes: Clash[]; currentVersion: number; current: SerializedFields; keep: Record<string, "mine" | "theirs"> };
export type ClaimFormProps = {
  initial: ClaimFormState;
  quantities: QuantityOption[];
} & ({ mode: "create"; entryId: string | null; anchor: { exact: string; start: number } | null } | { mode: "edit"; claimId: string; version: number; base: SerializedFields; speakerName: string });


/**
 * The claim form's state and its two ways out: create, or save with the version the editor
 * opened (merged with others' changes; a clash on one field comes back as a conflict to resolve).
 */
export function useClaimForm(props: ClaimFormProps) {
  const router = useRouter();
  const t = useTranslations("desk.claimForm");
  const refusals = useTranslations("errors") as unknown as ErrorTranslator;
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [quantities, setQuantities] = useState(props.quantities);
  const [conflict, setConflict] = useState<Conflict | null>(null);
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
    if (!figure) return setErrors({ ...errors, "figure.value": t("noFigureInQuote") });
    setState((previous) => ({
      ...previous,
      hasFigure: true,
      figure: { ...previous.figure, value: figure.value?.toString() ?? "", low: figure.low?.toString() ?? "", high: figure.high?.toString() ?? "", hedge: hedgeChoiceOf(figure.hedge.toUpperCase(), figure.hedgeWord), unit: figure.unit ?? previous.figure.unit },
    }));
  }

  async function save(overrides?: { version: number; base: SerializedFields; state: ClaimFormState }) {
    const current = overrides?.state ?? state;
    const input = formStateToInput(current);
    const checked = claimFieldsSchema.safeParse(input);
    if (!checked.success) {
      const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsFrom(checked.error.issues)).map(([field, words]) => [field, explain(refusals, words)]));
      setErrors(fieldErrors);
      setMessage({ tone: "error", text: t("fieldsNeedAttention") });
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
    const merged = result.data.mergedFromOthers.map((field) => wordFor(t, `fieldNames.${field}`, field));
    const saved = result.data.saved.length ? t("saved") : t("nothingChanged");
    setMessage({ tone: "ok", text: merged.length ? `${saved} ${t("mergedFromOthers", { fields: merged.join(", ") })}` : saved });
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

  return { form, state, setState, set, setFigure, errors, message, pending, quantities, setQuantities, conflict, setConflict, save, resolveConflict, readFigureFromQuote };
}

export type ClaimFormApi = ReturnType<typeof useClaimForm>;
