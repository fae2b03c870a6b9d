import { getTranslations } from "next-intl/server";
import { DeskNotFound } from "@/components/ui/desk-not-found";

// The desk's 404 as an ordinary page: the front door (lib/server/front-door.ts) sends it, with
// status 404, for every desk address that has no page, since Next.js draws its own by scripts.
export async function generateMetadata() {
  return { title: (await getTranslations("desk.notFound"))("title") };
}

export default function DeskNotFoundPage() {
  return <DeskNotFound />;
}
