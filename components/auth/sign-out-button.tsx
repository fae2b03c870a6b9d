"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("desk.shell");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded border border-gray-300 px-2 py-1 hover:bg-gray-100">
      {t("signOut")}
    </button>
  );
}
