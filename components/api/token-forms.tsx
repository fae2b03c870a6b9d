"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "../ui/field";

/** Creates a personal API token and shows it once. */
export function CreateTokenForm() {
  const router = useRouter();
  const t = useTranslations("desk.tokens");
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "write">("read");
  const [days, setDays] = useState("90");
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setError(undefined);
    const result = await createApiTokenAction({ name, scope, expiresInDays: days === "" ? null : Number(days) });
    if (!result.ok) return setError(result.message);
    setCreated({ name: result.data.name, token: result.data.token });
    setName("");
    router.refresh();
  }

  return (
    <form onSubmit={create} className="mt-4 grid max-w-xl gap-3 rounded border border-gray-200 bg-white p-4">
      <Field id="token-name" label={t("name")} hint={t("nameHint")} error={error}>
        <input id="token-name" value={name} onChange={(event) => setName(event.target.value)} className={inputClass} maxLength={100} required />
      </Field>
      <fieldset>
        <legend className="text-sm font-semibold">{t("columns.scope")}</legend>
        <label className="mr-4 text-sm">
          <input type="radio" name="scope" checked={scope === "read"} onChange={() => setScope("read")} /> {t("scopeRead")}
        </label>
        <label className="text-sm">
          <input type="radio" name="scope" checked={scope === "write"} onChange={() => setScope("write")} /> {t("scopeWrite")}
        </label>
      </fieldset>
      <Field id="token-days" label={t("days")} hint={t("daysHint")}>
        <input id="token-days" inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value.replace(/\D/g, ""))} className={inputClass} />
      </Field>
      <div>
        <button type="submit" className={buttonClass}>
          {t("create")}
        </button>
      </div>
      {created ? (
        <div role="status" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{t("copyNow", { name: created.name })}</p>
          <code className="mt-1 block break-all" data-testid="new-token">
            {created.token}
          </code>
        </div>
      ) : null}
    </form>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const t = useTranslations("desk.tokens");
  const [message, setMessage] = useState<string | null>(null);
  async function revoke() {
    const result = await revokeApiTokenAction({ id });
    if (!result.ok) return setMessage(result.message);
    router.refresh();
  }
  return (
    <>
      <button type="button" onClick={revoke} className={secondaryButtonClass} aria-label={t("revokeNamed", { name })}>
        {t("revoke")}
      </button>
      {message ? <span role="alert" className="ml-2 text-sm text-red-700">{message}</span> : null}
    </>
  );
}
