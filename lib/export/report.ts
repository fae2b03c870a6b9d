// The printable report: one HTML document laid out for paper (and so for "Save as PDF"), per
// claim the quote, attribution, verdict, summary and the evidence on each side. Every text is
// escaped; the document carries its own small stylesheet and no script.
import type { ExportClaim } from "./claims";
import type { Batches } from "./formats";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const e = (text: string | null | undefined) => escapeHtml(text ?? "");
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "date unknown");

const STYLE = `
  body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1f2328; margin: 2rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  .meta { color: #57606a; font-size: .9rem; }
  article { border-top: 2px solid #1f2328; padding-top: 1rem; margin-top: 1.5rem; break-inside: avoid-page; }
  article h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
  blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 4px solid #d0d7de; }
  .verdict { font-weight: 700; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
  .columns h3 { font-size: 1rem; margin: .5rem 0 .25rem; }
  .evidence { font-size: .9rem; margin: 0 0 .5rem; }
  .evidence .source { color: #57606a; font-size: .8rem; }
  @page { size: A4; margin: 18mm; }
  @media print { body { margin: 0; } a { color: inherit; text-decoration: none; } }
`;

function evidenceList(claim: ExportClaim, stance: string): string {
  const links = claim.evidence.filter((link) => link.stance === stance);
  if (links.length === 0) return `<p class="evidence">None linked.</p>`;
  return links
    .map(
      (link) => `<div class="evidence"><blockquote lang="${e(link.source.language)}">“${e(link.passage)}”</blockquote>${link.note ? `<div>${e(link.note)}</div>` : ""}<div class="source">${e(link.source.outlet ? `${link.source.outlet} · ` : "")}${e(link.source.title)} · ${day(link.source.publishedAt)}${link.postedAt ? ` ${e(link.postedAt)}` : ""}${link.source.url ? ` · ${e(link.source.url)}` : ""}</div></div>`,
    )
    .join("");
}

export function reportArticle(claim: ExportClaim): string {
  const translations = Object.entries(claim.quote.translations)
    .filter(([language, text]) => text && language !== claim.quote.language)
    .map(([language, text]) => `<div><strong>${e(language.toUpperCase())}</strong> <span lang="${e(language)}">${e(text)}</span></div>`)
    .join("");
  const said = [claim.speaker ? `${claim.speaker.name}${claim.speaker.role ? `, ${claim.speaker.role}` : ""}` : "Unattributed", claim.saidWhere, claim.saidAt ? day(claim.saidAt) : null].filter(Boolean).join(" · ");
  const context = claim.evidence.some((link) => link.stance === "CONTEXT") ? `<h3>Context</h3>${evidenceList(claim, "CONTEXT")}` : "";
  return `<article>
<h2>${e(claim.statement)}</h2>
<blockquote lang="${e(claim.quote.language)}">“${e(claim.quote.text)}”</blockquote>${translations}
<p class="meta">${e(said)}${claim.attribution ? `<br>How it reached us: ${e(claim.attribution)}` : ""}</p>
<p><span class="verdict">Verdict: ${e(claim.verdict?.label ?? "none yet")}</span> · status ${e(claim.status.replace("_", " "))}${claim.publishedAt ? ` · published ${day(claim.publishedAt)}` : ""}${claim.reviewer ? ` · reviewed by ${e(claim.reviewer)}` : ""}</p>
${claim.summary ? `<p>${e(claim.summary)}</p>` : ""}
<div class="columns"><div><h3>Supports the claim</h3>${evidenceList(claim, "SUPPORTS")}</div><div><h3>Contradicts the claim</h3>${evidenceList(claim, "CONTRADICTS")}</div></div>${context}
${claim.url ? `<p class="meta">${e(claim.url)}</p>` : ""}
</article>
`;
}

export async function* claimsReport(batches: Batches, meta: { title: string; exportedAt: Date; filterText: string }): AsyncGenerator<string> {
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(meta.title)}</title><style>${STYLE}</style></head>
<body><h1>${e(meta.title)}</h1><p class="meta">Exported ${e(meta.exportedAt.toISOString().slice(0, 16).replace("T", " "))} UTC${meta.filterText ? ` · ${e(meta.filterText)}` : ""}</p>
`;
  let count = 0;
  for await (const batch of batches) {
    count += batch.length;
    yield batch.map(reportArticle).join("");
  }
  yield `${count === 0 ? "<p>No claims match.</p>" : ""}</body></html>\n`;
}
