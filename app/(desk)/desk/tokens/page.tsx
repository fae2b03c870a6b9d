import { CreateTokenForm, RevokeTokenButton } from "@/components/api/token-forms";
import { findApiTokens } from "@/lib/api-tokens/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export const metadata = { title: "API tokens" };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "—");

export default async function TokensPage() {
  const user = await requireDeskUser();
  const tokens = await findApiTokens({ userId: user.id });
  return (
    <>
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        A token lets a script or tool use the desk’s API (<a className="underline" href="/api/v1/openapi.json">described here</a>) as you, with your role. Send it as{" "}
        <code>Authorization: Bearer fl_…</code>. It stops working when you revoke it, when it expires, or when your role or account changes.
      </p>
      <CreateTokenForm />
      <h2 className="mt-8 text-lg font-semibold">Your tokens</h2>
      {tokens.length === 0 ? <p className="mt-2 text-sm">You have no tokens yet.</p> : null}
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Scope</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-gray-200" data-testid="token-row">
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{token.scope.toLowerCase()}</td>
              <td>{when(token.createdAt)}</td>
              <td>{token.expiresAt ? when(token.expiresAt) : "never"}</td>
              <td>{when(token.lastUsedAt)}</td>
              <td>{token.revokedAt ? `revoked ${when(token.revokedAt)}` : token.expiresAt && token.expiresAt < new Date() ? "expired" : <RevokeTokenButton id={token.id} name={token.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
