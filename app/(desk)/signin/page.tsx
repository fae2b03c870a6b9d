import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/auth/return-path";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.signIn"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  const t = await getTranslations("desk.signIn");
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-sm text-muted">{t("who")}</p>
      <SignInForm returnTo={returnTo} />
    </main>
  );
}
