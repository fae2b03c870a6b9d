import type { useTranslations } from "next-intl";

/** Why a statement was spotted (lib/text/claim-spotting.ts's reason codes), in the desk's language. */
export function reasonLabel(t: ReturnType<typeof useTranslations<"desk.candidates">>, code: string): string {
  const key = `reason.${code}` as "reason.figure";
  return t.has(key) ? t(key) : code;
}
