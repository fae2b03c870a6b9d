"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "../ui/field";

/** Creates a personal API token and shows it once. */
export function CreateTokenForm() {
  const router = useRouter();
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
      <Field id="token-name" label="Name" hint="What will use it, for example: CMS plugin" error={error}>
        <input id="token-name" value={name} onChange={(event) => setName(event.target.value)} className={inputClass} maxLength={100} required />
      </Field>
      <fieldset>
        <legend className="text-sm font-semibold">Scope</legend>
        <label className="mr-4 text-sm">
          <input type="radio" name="scope" checked={scope === "read"} onChange={() => setScope("read")} /> Read: list and export
        </label>
        <label className="text-sm">
          <input type="radio" name="scope" checked={scope === "write"} onChange={() => setScope("write")} /> Write: import, log, review
        </label>
      </fieldset>
      <Field id="token-days" label="Expires after (days)" hint="1 to 365; empty for never">
        <input id="token-days" inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value.replace(/\D/g, ""))} className={inputClass} />
      </Field>
      <div>
        <button type="submit" className={buttonClass}>
          Create token
        </button>
      </div>
      {created ? (
        <div role="status" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">Copy the token “{created.name}” now: it is not shown again.</p>
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
  const [message, setMessage] = useState<string | null>(null);
  async function revoke() {
    const result = await revokeApiTokenAction({ id });
    if (!result.ok) return setMessage(result.message);
    router.refresh();
  }
  return (
    <>
      <button type="button" onClick={revoke} className={secondaryButtonClass} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      {message ? <span role="alert" className="ml-2 text-sm text-red-700">{message}</span> : null}
    </>
  );
}
