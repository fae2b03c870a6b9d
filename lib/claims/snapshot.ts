import type { ClaimFieldName, ClaimFields } from "./schema";
import type { Hedge } from "../db/generated/enums";
import { isHedgeWord } from "../text/hedge-words";

/** The stored columns an editor's fields come from. */
export const CLAIM_FIELD_SELECT = {
  statement: true,
  quoteOriginal: true,
  quoteLanguage: true,
  translations: true,
  speakerId: true,
  speakerRole: true,
  attribution: true,
  attributionChain: true,
  saidAt: true,
  saidWhere: true,
  figureValue: true,
  figureLow: true,
  figureHigh: true,
  figureHedge: true,
  figureHedgeWord: true,
  figureUnit: true,
  quantityId: true,
  figureAsOf: true,
  tags: { select: { tag: { select: { label: true } } } },
} as const;

export type StoredClaimFields = {
  statement: string;
  quoteOriginal: string;
  quoteLanguage: string;
  translations: unknown;
  speakerId: string | null;
  speakerRole: string | null;
  attribution: string | null;
  attributionChain: unknown;
  saidAt: Date | null;
  saidWhere: string | null;
  figureValue: number | null;
  figureLow: number | null;
  figureHigh: number | null;
  figureHedge: Hedge | null;
  figureHedgeWord: string | null;
  figureUnit: string | null;
  quantityId: string | null;
  figureAsOf: Date | null;
  tags: { tag: { label: string } }[];
};

export function toClaimFields(stored: StoredClaimFields): ClaimFields {
  return {
    statement: stored.statement,
    quoteOriginal: stored.quoteOriginal,
    quoteLanguage: stored.quoteLanguage as ClaimFields["quoteLanguage"],
    translations: (stored.translations ?? {}) as ClaimFields["translations"],
    speakerId: stored.speakerId,
    speakerRole: stored.speakerRole,
    attribution: stored.attribution,
    attributionChain: (Array.isArray(stored.attributionChain) ? stored.attributionChain : []) as ClaimFields["attributionChain"],
    saidAt: stored.saidAt,
    saidWhere: stored.saidWhere,
    figure: stored.figureHedge
      ? {
          value: stored.figureValue,
          low: stored.figureLow,
          high: stored.figureHigh,
          hedge: stored.figureHedge,
          hedgeWord: isHedgeWord(stored.figureHedgeWord) ? stored.figureHedgeWord : null,
          unit: stored.figureUnit,
          quantityId: stored.quantityId,
          asOf: stored.figureAsOf,
        }
      : null,
    tags: stored.tags.map(({ tag }) => tag.label).sort((a, b) => a.localeCompare(b)),
  };
}

/** The columns to write for some of the fields (tags are written separately). */
export function toClaimColumns(fields: Partial<ClaimFields>) {
  const columns: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields) as [ClaimFieldName, unknown][]) {
    if (name === "tags") continue;
    if (name === "figure") {
      const figure = value as ClaimFields["figure"];
      Object.assign(columns, {
        figureValue: figure?.value ?? null,
        figureLow: figure?.low ?? null,
        figureHigh: figure?.high ?? null,
        figureHedge: figure?.hedge ?? null,
        figureHedgeWord: figure?.hedgeWord ?? null,
        figureUnit: figure?.unit ?? null,
        quantityId: figure?.quantityId ?? null,
        figureAsOf: figure?.asOf ?? null,
      });
    } else {
      columns[name] = value;
    }
  }
  return columns;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => {
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
    }
    return inner;
  });
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The fields whose values differ between two versions of a claim. */
export function changedFields(from: ClaimFields, to: ClaimFields): ClaimFieldName[] {
  return (Object.keys(to) as ClaimFieldName[]).filter((name) => !sameValue(from[name], to[name]));
}
