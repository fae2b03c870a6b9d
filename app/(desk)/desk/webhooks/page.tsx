import { getTranslations } from "next-intl/server";
import { wordFor } from "@/lib/i18n/words";
import { CreateWebhookForm, ResendButton, WebhookSwitch } from "@/components/api/webhook-forms";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findWebhooks } from "@/lib/webhooks/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.webhooks"))("title") };
}

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 19).replace("T", " ") : "—");

export default async function WebhooksPage() {
  const user = await requireDeskUser();
  const t = await getTranslations("desk.webhooks");
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-sm">{t("adminsOnly")}</p>
      </>
    );
  }
  const hooks = await findWebhooks();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      <CreateWebhookForm />
      {hooks.map((hook) => (
        <section key={hook.id} className="mt-8" data-testid="webhook">
          <h2 className="break-all text-lg font-semibold">{hook.url}</h2>
          <p className="text-sm text-muted">
            {hook.events.join(", ")} · {hook.active ? t("on") : t("off")}
            {hook.allowPrivate ? ` · ${t("privateAllowed")}` : ""} · <WebhookSwitch id={hook.id} active={hook.active} />
          </p>
          {hook.deliveries.length === 0 ? <p className="mt-2 text-sm">{t("noDeliveries")}</p> : null}
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">{t("columns.event")}</th>
                <th scope="col">{t("columns.recorded")}</th>
                <th scope="col">{t("columns.state")}</th>
                <th scope="col">{t("columns.attempts")}</th>
                <th scope="col">{t("columns.lastAnswer")}</th>
                <th scope="col"><span className="sr-only">{t("columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {hook.deliveries.map((delivery) => (
                <tr key={delivery.id} className="border-t border-gray-200 align-top" data-testid="delivery">
                  <td>{delivery.event}</td>
                  <td>{when(delivery.createdAt)}</td>
                  <td>{wordFor(t, `status.${delivery.status}`, delivery.status.toLowerCase())}{delivery.deliveredAt ? ` ${when(delivery.deliveredAt)}` : ""}</td>
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
