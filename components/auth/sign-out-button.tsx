"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded border border-gray-300 px-2 py-1 hover:bg-gray-100">
      Sign out
    </button>
  );
}
