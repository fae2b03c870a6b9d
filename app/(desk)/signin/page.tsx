import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Sign in to the desk</h1>
      <p className="mt-2 text-sm text-muted">For editors, reviewers and admins. Readers need no account.</p>
      <SignInForm returnTo={returnTo} />
    </main>
  );
}
