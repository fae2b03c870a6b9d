"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveSiteIdentityAction } from "@/lib/identity/actions";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { LOGO_MAX_BYTES, type IdentityTexts } from "@/lib/identity/schema";
import { Field, buttonClass, inputClass } from "../ui/field";

type Props = {
  texts: Record<Locale, IdentityTexts>;
  ratings: { key: string; labelEn: string }[];
  ratingNotes: Record<string, Record<Locale, string>>;
  contactEmail: string;
  hasLogo: boolean;
};

const FIELDS: { name: keyof IdentityTexts; long?: boolean }[] = [{ name: "name" }, { name: "tagline" }, { name: "description", long: true }, { name: "howWeCheck", long: true }];

/** The admin's form for the site's identity, each text beside its other languages. */
export function IdentityForm(props: Props) {
  const router = useRouter();
  const t = useTranslations("desk.identity");
  const [texts, setTexts] = useState(props.texts);
  const [notes, setNotes] = useState(props.ratingNotes);
  const [contactEmail, setContactEmail] = useState(props.contactEmail);
  const [logo, setLogo] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function chooseLogo(file: File | undefined) {
    setErrors({});
    if (!file) return setLogo(null);
    if (file.size > LOGO_MAX_BYTES) return setErrors({ logo: t("logoTooLarge", { size: (file.size / 1024 / 1024).toFixed(1) }) });
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    setLogo(btoa(binary));
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setMessage(null);
    const ratings = Object.fromEntries(props.ratings.map(({ key }) => [key, { en: notes[key]?.en ?? "", ru: notes[key]?.ru ?? "", ky: notes[key]?.ky ?? "" }]));
    const result = await saveSiteIdentityAction({ ...texts, ratings, contactEmail, logo });
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      return setMessage(result.message);
    }
    setMessage(t("saved"));
    router.refresh();
  }

  const setText = (locale: Locale, name: keyof IdentityTexts, value: string) => setTexts({ ...texts, [locale]: { ...texts[locale], [name]: value } });
  return (
    <form onSubmit={save} className="mt-4 space-y-6">
      {FIELDS.map((field) => (
        <fieldset key={field.name} className="grid gap-3 rounded border border-gray-200 bg-white p-4 md:grid-cols-3">
          <legend className="px-1 text-sm font-semibold">{t(`fields.${field.name}.legend`)}</legend>
          {LOCALES.map((locale) => {
            const id = `identity-${field.name}-${locale}`;
            return (
              <Field key={locale} id={id} label={t("inLanguage", { field: t(`fields.${field.name}.label`), language: LOCALE_NAMES[locale] })} error={errors[`${locale}.${field.name}`]}>
                {field.long ? (
                  <textarea id={id} lang={locale} rows={field.name === "howWeCheck" ? 10 : 3} value={texts[locale][field.name]} onChange={(event) => setText(locale, field.name, event.target.value)} className={inputClass} />
                ) : (
                  <input id={id} lang={locale} value={texts[locale][field.name]} onChange={(event) => setText(locale, field.name, event.target.value)} className={inputClass} />
                )}
              </Field>
            );
          })}
        </fieldset>
      ))}
      <fieldset className="grid gap-3 rounded border border-gray-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">{t("ratingsLegend")}</legend>
        {props.ratings.map((rating) => (
          <div key={rating.key} className="grid gap-3 md:grid-cols-3">
            {LOCALES.map((locale) => {
              const id = `identity-rating-${rating.key}-${locale}`;
              return (
                <Field key={locale} id={id} label={t("inLanguage", { field: rating.labelEn, language: LOCALE_NAMES[locale] })} error={errors[`ratings.${rating.key}.${locale}`]}>
                  <textarea id={id} lang={locale} rows={2} value={notes[rating.key]?.[locale] ?? ""} onChange={(event) => setNotes({ ...notes, [rating.key]: { ...(notes[rating.key] ?? { en: "", ru: "", ky: "" }), [locale]: event.target.value } })} className={inputClass} />
                </Field>
              );
            })}
          </div>
        ))}
      </fieldset>
      <div className="grid gap-3 rounded border border-gray-200 bg-white p-4 md:grid-cols-2">
        <Field id="identity-contact" label={t("contact")} error={errors.contactEmail}>
          <input id="identity-contact" type="email" value={contactEmail} onChange={(event) => setContactEmail(event.target.value)} className={inputClass} />
        </Field>
        <Field id="identity-logo" label={props.hasLogo ? t("logoReplace") : t("logo")} hint={t("logoHint")} error={errors.logo}>
          <input id="identity-logo" type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(event) => void chooseLogo(event.target.files?.[0])} className="text-sm" />
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass}>
          {t("save")}
        </button>
        {message ? <p role="status" className="text-sm">{message}</p> : null}
      </div>
    </form>
  );
}
