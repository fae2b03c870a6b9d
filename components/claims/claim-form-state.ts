import type { CreateClaimInput } from "@/lib/claims/schema";
import { fromHedgeChoice, hedgeChoiceOf } from "@/lib/text/hedge-words";

/** What the claim form holds: strings, as the inputs give them. Dates are UTC, "2022-01-07T04:00". */
export type ClaimFormState = {
  statement: string;
  quoteOriginal: string;
  quoteLanguage: string;
  translations: { en: string; ru: string; ky: string };
  speakerId: string | null;
  speakerName: string;
  speakerRole: string;
  attribution: string;
  attributionChain: { how: string; by: string }[];
  saidAt: string;
  saidWhere: string;
  hasFigure: boolean;
  figure: { value: string; low: string; high: string; hedge: string; unit: string; quantityId: string; asOf: string };
  tags: string;
};

export type SerializedFields = {
  statement: string;
  quoteOriginal: string;
  quoteLanguage: string;
  translations: { en?: string; ru?: string; ky?: string };
  speakerId: string | null;
  speakerRole: string | null;
  attribution: string | null;
  attributionChain: { how: string; by: string }[];
  saidAt: string | Date | null;
  saidWhere: string | null;
  figure: { value: number | null; low: number | null; high: number | null; hedge: string; hedgeWord?: string | null; unit: string | null; quantityId: string | null; asOf: string | Date | null } | null;
  tags: string[];
};

const toLocal = (date: string | Date | null | undefined) => (date ? new Date(date).toISOString().slice(0, 16) : "");
const toIso = (local: string) => (local ? `${local.length === 10 ? `${local}T00:00` : local}:00Z` : null);
const toNumber = (text: string) => (text.trim() === "" ? null : Number(text.replace(/[\s\u00a0,]/g, "")));
const orNull = (text: string) => (text.trim() === "" ? null : text);

export function emptyFormState(): ClaimFormState {
  return {
    statement: "", quoteOriginal: "", quoteLanguage: "en", translations: { en: "", ru: "", ky: "" }, speakerId: null, speakerName: "",
    speakerRole: "", attribution: "", attributionChain: [], saidAt: "", saidWhere: "", hasFigure: false,
    figure: { value: "", low: "", high: "", hedge: "EXACT", unit: "", quantityId: "", asOf: "" }, tags: "",
  };
}

export function formStateFromFields(fields: SerializedFields, speakerName: string): ClaimFormState {
  const figure = fields.figure;
  return {
    statement: fields.statement,
    quoteOriginal: fields.quoteOriginal,
    quoteLanguage: fields.quoteLanguage,
    translations: { en: fields.translations.en ?? "", ru: fields.translations.ru ?? "", ky: fields.translations.ky ?? "" },
    speakerId: fields.speakerId,
    speakerName,
    speakerRole: fields.speakerRole ?? "",
    attribution: fields.attribution ?? "",
    attributionChain: fields.attributionChain.map((step) => ({ ...step })),
    saidAt: toLocal(fields.saidAt),
    saidWhere: fields.saidWhere ?? "",
    hasFigure: Boolean(figure),
    figure: {
      value: figure?.value?.toString() ?? "",
      low: figure?.low?.toString() ?? "",
      high: figure?.high?.toString() ?? "",
      hedge: figure ? hedgeChoiceOf(figure.hedge, figure.hedgeWord) : "EXACT",
      unit: figure?.unit ?? "",
      quantityId: figure?.quantityId ?? "",
      asOf: toLocal(figure?.asOf),
    },
    tags: fields.tags.join(", "),
  };
}

/** The form's strings as the input the shared zod schema parses, on the client and on the server. */
export function formStateToInput(state: ClaimFormState): Omit<CreateClaimInput, "entryId" | "anchor"> {
  return {
    statement: state.statement,
    quoteOriginal: state.quoteOriginal,
    quoteLanguage: state.quoteLanguage as CreateClaimInput["quoteLanguage"],
    translations: state.translations,
    speakerId: state.speakerId,
    speakerRole: orNull(state.speakerRole),
    attribution: orNull(state.attribution),
    attributionChain: state.attributionChain.filter((step) => step.how.trim() || step.by.trim()),
    saidAt: toIso(state.saidAt),
    saidWhere: orNull(state.saidWhere),
    figure: state.hasFigure
      ? {
          value: toNumber(state.figure.value),
          low: toNumber(state.figure.low),
          high: toNumber(state.figure.high),
          ...(fromHedgeChoice(state.figure.hedge) as { hedge: "EXACT"; hedgeWord: null }),
          unit: orNull(state.figure.unit),
          quantityId: orNull(state.figure.quantityId),
          asOf: toIso(state.figure.asOf),
        }
      : null,
    tags: state.tags.split(",").map((tag) => tag.trim()).filter(Boolean),
  };
}

/** zod issues as one message per field; nested figure fields keep their path ("figure.value"). */
export function fieldErrorsFrom(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".");
    errors[field] ??= issue.message;
  }
  return errors;
}
