import Link from "next/link";
import type { PublishedClaim } from "@/lib/claims/verdict-page";
import { formatLocaleDate } from "@/lib/i18n/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

type Chain = { how?: string; by?: string }[];

/** Who said it, their role, when and where, and how it reached us, as a verdict page shows them. */
export function Attribution({ locale, claim }: { locale: Locale; claim: PublishedClaim }) {
  const messages = getMessages(locale);
  const chain = (Array.isArray(claim.attributionChain) ? claim.attributionChain : []) as Chain;
  const rows: [string, React.ReactNode][] = [
    [
      messages("whoSaid"),
      claim.speaker ? (
        <Link href={localePath(locale, `/speakers/${claim.speaker.slug}`)} className="text-accent underline">
          {claim.speaker.name}
        </Link>
      ) : (
        messages("unattributed")
      ),
    ],
  ];
  if (claim.speakerRole) rows.push([messages("role"), claim.speakerRole]);
  if (claim.saidAt) rows.push([messages("when"), formatLocaleDate(locale, claim.saidAt)]);
  if (claim.saidWhere) rows.push([messages("where"), claim.saidWhere]);
  if (claim.attribution || chain.length) {
    rows.push([
      messages("howItReachedUs"),
      <>
        {claim.attribution ? <span>{claim.attribution}</span> : null}
        {chain.length ? (
          <ol className="mt-1 list-decimal pl-5">
            {chain.map((step, index) => (
              <li key={index}>{[step.how, step.by].filter(Boolean).join(": ")}</li>
            ))}
          </ol>
        ) : null}
      </>,
    ]);
  }
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
