import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { NotFoundKind } from "@/lib/i18n/not-found";

/** What a 404 says, in the reader's language, with ways onward; plain links, no scripts needed. */
export function NotFoundBody({ locale, kind = "page" }: { locale: Locale; kind?: NotFoundKind }) {
  const messages = getMessages(locale);
  const onward: [string, string][] = [
    ["/", messages("notFoundHome")],
    ["/search", messages("navSearch")],
    ["/quantities", messages("navFigures")],
    ["/how-we-check", messages("navMethod")],
  ];
  return (
    <div data-testid="not-found">
      <h1 className="text-2xl font-bold">{messages("notFoundTitle")}</h1>
      <p className="mt-2">{messages(`notFoundWhat.${kind}`)}</p>
      <ul className="mt-4 list-disc pl-5">
        {onward.map(([path, label]) => (
          <li key={path}>
            <a href={localePath(locale, path)} className="underline">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
