import { inDeskLanguage } from "@/lib/i18n/desk-locale";
import { UserFacingError } from "@/lib/errors";
import { previewSource } from "@/lib/sources/parse";
import { readEditorUpload } from "@/lib/sources/editor-upload";

export const dynamic = "force-dynamic";

/** Parses the upload and shows what would be imported; saves nothing. */
export async function POST(request: Request) {
  const upload = await readEditorUpload(request);
  if (upload instanceof Response) return upload;
  const previews = await Promise.all(upload.files.map(async (file) => {
    try {
      const parsed = await previewSource({ bytes: file.bytes, name: file.name, kind: upload.options.kind, language: upload.options.language, address: upload.options.url });
      return {
        name: file.name,
        ok: true as const,
        source: parsed.source,
        entries: parsed.entries,
        figures: parsed.figures,
        dropped: parsed.dropped,
        sample: parsed.sample.map((entry) => ({
          ordinal: entry.ordinal,
          postedAt: entry.postedAt,
          // The post's day when the source gives it: a channel's export spans days.
          day: (entry.publishedAt ?? entry.day)?.toISOString().slice(0, 10) ?? null,
          forwardedFrom: entry.forwardedFrom,
          headline: entry.headline,
          text: entry.text.length > 400 ? `${entry.text.slice(0, 400)}…` : entry.text,
          language: entry.language,
          figures: entry.figures.filter((figure) => figure.end <= 400).map(({ field, text, value, hedge, unit, start, end }) => ({ field, text, value, hedge, unit, start, end })),
        })),
      };
    } catch (error) {
      if (error instanceof UserFacingError) return { name: file.name, ok: false as const, message: await inDeskLanguage(error.refusal ?? error.message) };
      throw error;
    }
  }));
  return Response.json({ ok: true, previews });
}
