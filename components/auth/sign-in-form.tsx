"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/sign-in-action";

/**
 * Signs in with a POST to a server action: it works before the page's scripts load and with
 * scripts off, and the password never lands in an address, a history or a proxy's log.
 */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("desk.signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, null);
  return (
    <form action={action} className="mt-6 space-y-4">
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
      </div>
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700" data-testid="sign-in-error">
        {state?.message}
      </p>
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
