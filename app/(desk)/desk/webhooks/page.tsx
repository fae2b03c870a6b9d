import { CreateWebhookForm, ResendButton, WebhookSwitch } from "@/components/api/webhook-forms";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findWebhooks } from "@/lib/webhooks/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Webhooks" };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 19).replace("T", " ") : "—");

export default async function WebhooksPage() {
  const user = await requireDeskUser();
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1 className="text-2xl font-bold">Webhooks</h1>
        <p className="mt-3 text-sm">Only an admin can see and change the webhooks.</p>
      </>
    );
  }
  const hooks = await findWebhooks();
  return (
    <>
      <h1 className="text-2xl font-bold">Webhooks</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        Each event is POSTed as JSON with a <code>Factlog-Signature</code> header (HMAC-SHA256 of the timestamp and body with the secret), retried with backoff
        until the address answers 2xx. The README shows how to purge a CDN, post to a Telegram channel and notify a chat.
      </p>
      <CreateWebhookForm />
      {hooks.map((hook) => (
        <section key={hook.id} className="mt-8" data-testid="webhook">
          <h2 className="break-all text-lg font-semibold">{hook.url}</h2>
          <p className="text-sm text-muted">
            {hook.events.join(", ")} · {hook.active ? "on" : "off"}
            {hook.allowPrivate ? " · private addresses allowed" : ""} · <WebhookSwitch id={hook.id} active={hook.active} />
          </p>
          {hook.deliveries.length === 0 ? <p className="mt-2 text-sm">No deliveries yet.</p> : null}
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Recorded</th>
                <th scope="col">State</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {hook.deliveries.map((delivery) => (
                <tr key={delivery.id} className="border-t border-gray-200 align-top" data-testid="delivery">
                  <td>{delivery.event}</td>
                  <td>{when(delivery.createdAt)}</td>
                  <td>{delivery.status.toLowerCase()}{delivery.deliveredAt ? ` ${when(delivery.deliveredAt)}` : ""}</td>
                  <td>{delivery.attempts}</td>
                  <td className="max-w-xs break-words">
                    {delivery.lastStatus ? `${delivery.lastStatus} ` : ""}
                    {delivery.lastError ?? ""}
                    {delivery.lastAnswer ? <span className="block text-xs text-muted">{delivery.lastAnswer.slice(0, 200)}</span> : null}
                  </td>
                  <td>{delivery.status === "DELIVERED" || delivery.status === "FAILED" ? <ResendButton id={delivery.id} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
