import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/errors";
import { CATALOGS } from "@/lib/i18n/messages";
import { explain, type ErrorTranslator } from "@/lib/i18n/refusals";
import { claimFieldsSchema } from "@/lib/claims/schema";
import { emptyFormState, fieldErrorsFrom, formStateFromFields, formStateToInput } from "./claim-form-state";

describe("claim form state", () => {
  it("round-trips stored fields through the form and the shared schema", () => {
    const fields = {
      statement: "7,939 people were detained by 10 January",
      quoteOriginal: "7,939 people had been detained",
      quoteLanguage: "en",
      translations: { ru: "задержаны 7939 человек" },
      speakerId: "actor-1",
      speakerRole: null,
      attribution: "Interior ministry statement",
      attributionChain: [{ how: "statement", by: "Interior ministry" }],
      saidAt: "2022-01-10T08:00:00.000Z",
      saidWhere: null,
      figure: { value: 7939, low: null, high: null, hedge: "EXACT", unit: "people", quantityId: "q1", asOf: "2022-01-10T00:00:00.000Z" },
      tags: ["detentions"],
    };
    const state = formStateFromFields(fields, "Ministry");
    expect(state.saidAt).toBe("2022-01-10T08:00");
    const parsed = claimFieldsSchema.parse(formStateToInput(state));
    expect(parsed.saidAt?.toISOString()).toBe("2022-01-10T08:00:00.000Z");
    expect(parsed.figure).toMatchObject({ value: 7939, hedge: "EXACT", quantityId: "q1" });
    expect(parsed.translations).toEqual({ ru: "задержаны 7939 человек" });
  });
  it("turns bad input into messages beside the fields", () => {
    const state = { ...emptyFormState(), statement: "x".repeat(80), hasFigure: true, figure: { ...emptyFormState().figure, value: "twenty" } };
    const result = claimFieldsSchema.safeParse(formStateToInput(state));
    expect(result.success).toBe(false);
    const errors = fieldErrorsFrom(result.error!.issues);
    expect(inEnglish(errors.statement)).toBe("Keep the statement to 75 characters or fewer.");
    expect(inEnglish(errors.quoteOriginal)).toBe("Paste the exact quote.");
    expect(inEnglish(errors["figure.value"])).toBe("Write the figure as a number, like 20000 or 7939.");
    // The same refusal in the desk's other languages.
    const say = (locale: "ru" | "ky") => explain(createTranslator({ locale, messages: CATALOGS[locale], namespace: "errors" }) as unknown as ErrorTranslator, errors.statement);
    expect(say("ru")).toBe("Заявление должно быть не длиннее 75 символов.");
    expect(say("ky")).toBe("Билдирүү 75 белгиден ашпашы керек.");
  });
  it("reads thousands separators in figures", () => {
    const state = { ...emptyFormState(), hasFigure: true, figure: { ...emptyFormState().figure, value: "20 000" } };
    expect(formStateToInput(state).figure?.value).toBe(20000);
  });
});
