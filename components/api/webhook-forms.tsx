"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createWebhookAction, resendWebhookDeliveryAction, setWebhookActiveAction } from "@/lib/webhooks/actions";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/schema";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "../ui/field";

/** Registers a webhook and shows its signing secret once. */
export function CreateWebhookForm() {
  const router = useRouter();
  const t = useTranslations("desk.webhooks");
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>(["claim.published", "claim.corrected"]);
  const [allowPrivate, setAllowPrivate] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [secret, setSecret] = useState<string | null>(null);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setError(undefined);
    const result = await createWebhookAction({ url, events, allowPrivate });
    if (!result.ok) return setError(result.message);
    setSecret(result.data.secret);
    setUrl("");
    router.refresh();
  }
  const toggle = (name: WebhookEvent) => setEvents(events.includes(name) ? events.filter((each) => each !== name) : [...events, name]);

  return (
    <form onSubmit={create} className="mt-4 grid max-w-xl gap-3 rounded border border-gray-200 bg-white p-4">
      <Field id="webhook-url" label={t("address")} hint={t("addressHint")} error={error}>
        <input id="webhook-url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} className={inputClass} required />
      </Field>
      <fieldset>
        <legend className="text-sm font-semibold">{t("events")}</legend>
        {WEBHOOK_EVENTS.map((name) => (
          <label key={name} className="mr-4 inline-block text-sm">
            <input type="checkbox" checked={events.includes(name)} onChange={() => toggle(name)} /> {name}
          </label>
        ))}
      </fieldset>
      <label className="text-sm">
        <input type="checkbox" checked={allowPrivate} onChange={(event) => setAllowPrivate(event.target.checked)} /> {t("allowPrivate")}
      </label>
      <div>
        <button type="submit" className={buttonClass}>
          {t("add")}
        </button>
      </div>
      {secret ? (
        <div role="status" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{t("copySecret")}</p>
          <code className="mt-1 block break-all" data-testid="webhook-secret">
            {secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}

export function WebhookSwitch({ id, active }: { id: string; active: boolean }) {
  const router = useRouter();
  const t = useTranslations("desk.webhooks");
  const [message, setMessage] = useState<string | null>(null);
  async function flip() {
    const result = await setWebhookActiveAction({ id, active: !active });
    if (!result.ok) return setMessage(result.message);
    router.refresh();
  }
  return (
    <>
      <button type="button" onClick={flip} className={secondaryButtonClass}>
        {active ? t("switchOff") : t("switchOn")}
      </button>
      {message ? <span role="alert" className="ml-2 text-sm text-red-700">{message}</span> : null}
    </>
  );
}

export function ResendButton({ id }: { id: string }) {
  const router = useRouter();
  const t = useTranslations("desk.webhooks");
  const [message, setMessage] = useState<string | null>(null);
  async function resend() {
    const result = await resendWebhookDeliveryAction({ id });
    setMessage(result.ok ? t("queuedAgain") : result.message);
    if (result.ok) router.refresh();
  }
  return (
    <>
      <button type="button" onClick={resend} className={secondaryButtonClass}>
        {t("resend")}
      </button>
      {message ? <span role="status" className="ml-2 text-sm">{message}</span> : null}
    </>
  );
}
