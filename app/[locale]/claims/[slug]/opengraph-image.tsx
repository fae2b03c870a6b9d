import { ImageResponse } from "next/og";
import { findPublishedClaim } from "@/lib/claims/public-queries";
import { localizeClaim } from "@/lib/translations/localize";
import { SOCIAL_CARD_FONT_FAMILY, socialCardFonts } from "@/lib/claims/social-card-fonts";
import { isLocale, pickLabel } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { getSiteIdentity } from "@/lib/identity/queries";
import { readableLabelColours } from "@/lib/text/contrast";

// The preview shown when a verdict is shared: the statement, who said it, and the verdict.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The claim, who said it, and Factlog's verdict";

export async function generateStaticParams() {
  return [];
}

export default async function SocialCard({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: asked, slug } = await params;
  const locale = isLocale(asked) ? asked : "en";
  const found = await findPublishedClaim({ slug });
  // The card in the page's language: the statement and speaker's name as translated there, where reviewed.
  const claim = found ? await localizeClaim(found, locale) : null;
  const messages = getMessages(locale);
  const identity = (await getSiteIdentity()).texts[locale];
  const verdict = claim?.rating ? pickLabel(locale, claim.rating) : messages("noVerdict");
  const colours = readableLabelColours(claim?.rating?.colour ?? "#57606a");
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#ffffff", color: "#1f2328", fontFamily: SOCIAL_CARD_FONT_FAMILY }}>
        <div style={{ display: "flex", fontSize: 32, fontWeight: 700 }}>{identity.name}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ display: "flex" }}>
            <span style={{ background: colours.background, color: colours.text, fontSize: 36, fontWeight: 700, padding: "8px 20px", borderRadius: 8 }}>{verdict}</span>
          </div>
          <div style={{ fontSize: 60, fontWeight: 700, lineHeight: 1.15 }}>{claim?.statement ?? messages("notFoundTitle")}</div>
          {claim?.speaker ? <div style={{ fontSize: 32, color: "#57606a" }}>{claim.speaker.name}</div> : null}
        </div>
        <div style={{ display: "flex", fontSize: 24, color: "#57606a" }}>{identity.tagline}</div>
      </div>
    ),
    { ...size, fonts: await socialCardFonts() },
  );
}
