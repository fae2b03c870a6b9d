"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createFollowAction, pollFollowNowAction, setFollowStateAction } from "@/lib/follows/actions";
import { Field, buttonClass, describedBy, inputClass, secondaryButtonClass } from "../ui/field";

/** Follows an RSS or Atom feed, or a public Telegram channel by its t.me address. */
export function FollowForm({ admin }: { admin: boolean }) {
  const router = useRouter();
  const t = useTranslations("desk.follows");
  const [url, setUrl] = useState("");
  const [intervalMinutes, setIntervalMinutes] = useState("5");
  const [outlet, setOutlet] = useState("");
  const [allowPrivate, setAllowPrivate] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function follow(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setDone(null);
    const result = await createFollowAction({ url, intervalMinutes: Number(intervalMinutes), outlet, allowPrivate });
    setBusy(false);
    if (!result.ok) return setErrors(result.fieldErrors ?? { url: result.message });
    setDone(t("following", { url: result.data.url }));
    setUrl("");
    router.refresh();
  }

  return (
    <form onSubmit={follow} className="mt-4 grid max-w-xl gap-1 rounded border border-gray-200 bg-white p-4" noValidate>
      <Field id="follow-url" label={t("address")} hint={t("addressHint")} error={errors.url}>
        <input {...describedBy("follow-url", errors.url, true)} type="text" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} className={inputClass} required />
      </Field>
      <Field id="follow-interval" label={t("interval")} hint={t("intervalHint")} error={errors.intervalMinutes}>
        <input {...describedBy("follow-interval", errors.intervalMinutes, true)} type="number" min={1} max={1440} value={intervalMinutes} onChange={(event) => setIntervalMinutes(event.target.value)} className={inputClass} />
      </Field>
      <Field id="follow-outlet" label={t("outlet")} error={errors.outlet}>
        <input {...describedBy("follow-outlet", errors.outlet)} type="text" value={outlet} onChange={(event) => setOutlet(event.target.value)} className={inputClass} />
      </Field>
      {admin ? (
        <label className="text-sm">
          <input type="checkbox" checked={allowPrivate} onChange={(event) => setAllowPrivate(event.target.checked)} /> {t("allowPrivate")}
        </label>
      ) : null}
      {errors.allowPrivate ? <p role="alert" className="text-sm text-red-700">{errors.allowPrivate}</p> : null}
      <div className="mt-2">
        <button type="submit" className={buttonClass} disabled={busy}>
          {t("follow")}
        </button>
      </div>
      <p role="status" className="text-sm">{done ?? ""}</p>
    </form>
  );
}

/** Poll now, pause, resume or stop following. */
export function FollowControls({ id, state }: { id: string; state: "ACTIVE" | "PAUSED" }) {
  const router = useRouter();
  const t = useTranslations("desk.follows");
  const [message, setMessage] = useState<string | null>(null);
  async function run(work: () => Promise<{ ok: boolean; message?: string }>, done: string) {
    const result = await work();
    setMessage(result.ok ? done : (result.message ?? t("failed")));
    if (result.ok) router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {state === "ACTIVE" ? (
        <>
          <button type="button" className={secondaryButtonClass} onClick={() => run(() => pollFollowNowAction({ id }), t("pollSoon"))}>
            {t("pollNow")}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => run(() => setFollowStateAction({ id, state: "PAUSED" }), t("pausedDone"))}>
            {t("pause")}
          </button>
        </>
      ) : (
        <button type="button" className={secondaryButtonClass} onClick={() => run(() => setFollowStateAction({ id, state: "ACTIVE" }), t("resumed"))}>
          {t("resume")}
        </button>
      )}
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() => {
          if (window.confirm(t("confirmStop"))) void run(() => setFollowStateAction({ id, state: "STOPPED" }), t("stoppedDone"));
        }}
      >
        {t("stop")}
      </button>
      <span role="status" className="text-sm">{message ?? ""}</span>
    </div>
  );
}
