import { getTranslations } from "next-intl/server";
import { CreateTokenForm, RevokeTokenButton } from "@/components/api/token-forms";
import { findApiTokens } from "@/lib/api-tokens/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.tokens"))("title") };
}

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "—");

export default async function TokensPage() {
  const user = await requireDeskUser();
  const tokens = await findApiTokens({ userId: user.id });
  const t = await getTranslations("desk.tokens");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        {t.rich("intro", {
          described: (chunks) => (
            <a className="underline" href="/api/v1/openapi.json">
              {chunks}
            </a>
          ),
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <CreateTokenForm />
      <h2 className="mt-8 text-lg font-semibold">{t("yours")}</h2>
      {tokens.length === 0 ? <p className="mt-2 text-sm">{t("none")}</p> : null}
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.prefix")}</th>
            <th scope="col">{t("columns.scope")}</th>
            <th scope="col">{t("columns.created")}</th>
            <th scope="col">{t("columns.expires")}</th>
            <th scope="col">{t("columns.lastUsed")}</th>
            <th scope="col">{t("columns.state")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-gray-200" data-testid="token-row">
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{t(`scope.${token.scope}`)}</td>
              <td>{when(token.createdAt)}</td>
              <td>{token.expiresAt ? when(token.expiresAt) : t("never")}</td>
              <td>{when(token.lastUsedAt)}</td>
              <td>{token.revokedAt ? t("revokedAt", { when: when(token.revokedAt) }) : token.expiresAt && token.expiresAt < new Date() ? t("expired") : <RevokeTokenButton id={token.id} name={token.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
