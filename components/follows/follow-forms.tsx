"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createFollowAction, pollFollowNowAction, setFollowStateAction } from "@/lib/follows/actions";
import { Field, buttonClass, describedBy, inputClass, secondaryButtonClass } from "../ui/field";

/** Follows an RSS or Atom feed, or a public Telegram channel by its t.me address. */
export function FollowForm({ admin }: { admin: boolean }) {
  const router = useRouter();
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
    setDone(`Following ${result.data.url}; its first poll runs within seconds.`);
    setUrl("");
    router.refresh();
  }

  return (
    <form onSubmit={follow} className="mt-4 grid max-w-xl gap-1 rounded border border-gray-200 bg-white p-4" noValidate>
      <Field id="follow-url" label="Address" hint="An RSS or Atom feed (https://…/feed), or a public Telegram channel (t.me/channel)" error={errors.url}>
        <input {...describedBy("follow-url", errors.url, true)} type="text" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} className={inputClass} required />
      </Field>
      <Field id="follow-interval" label="Look every … minutes" hint="1 to 1,440; a failing feed is tried less often until it answers again" error={errors.intervalMinutes}>
        <input {...describedBy("follow-interval", errors.intervalMinutes, true)} type="number" min={1} max={1440} value={intervalMinutes} onChange={(event) => setIntervalMinutes(event.target.value)} className={inputClass} />
      </Field>
      <Field id="follow-outlet" label="Outlet (optional)" error={errors.outlet}>
        <input {...describedBy("follow-outlet", errors.outlet)} type="text" value={outlet} onChange={(event) => setOutlet(event.target.value)} className={inputClass} />
      </Field>
      {admin ? (
        <label className="text-sm">
          <input type="checkbox" checked={allowPrivate} onChange={(event) => setAllowPrivate(event.target.checked)} /> Allow a private address (a feed on the newsroom’s own network)
        </label>
      ) : null}
      {errors.allowPrivate ? <p role="alert" className="text-sm text-red-700">{errors.allowPrivate}</p> : null}
      <div className="mt-2">
        <button type="submit" className={buttonClass} disabled={busy}>
          Follow
        </button>
      </div>
      <p role="status" className="text-sm">{done ?? ""}</p>
    </form>
  );
}

/** Poll now, pause, resume or stop following. */
export function FollowControls({ id, state }: { id: string; state: "ACTIVE" | "PAUSED" }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  async function run(work: () => Promise<{ ok: boolean; message?: string }>, done: string) {
    const result = await work();
    setMessage(result.ok ? done : (result.message ?? "That did not work."));
    if (result.ok) router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {state === "ACTIVE" ? (
        <>
          <button type="button" className={secondaryButtonClass} onClick={() => run(() => pollFollowNowAction({ id }), "A poll runs within seconds.")}>
            Poll now
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => run(() => setFollowStateAction({ id, state: "PAUSED" }), "Paused.")}>
            Pause
          </button>
        </>
      ) : (
        <button type="button" className={secondaryButtonClass} onClick={() => run(() => setFollowStateAction({ id, state: "ACTIVE" }), "Resumed; a poll runs within seconds.")}>
          Resume
        </button>
      )}
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() => {
          if (window.confirm("Stop following this address? The entries it brought stay in their source.")) void run(() => setFollowStateAction({ id, state: "STOPPED" }), "Stopped.");
        }}
      >
        Stop following
      </button>
      <span role="status" className="text-sm">{message ?? ""}</span>
    </div>
  );
}
