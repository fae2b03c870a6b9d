// A receiver for Factlog's webhooks (README: "The desk's API and webhooks"), with no dependency
// but Node 20. It checks each delivery's signature, then, as configured by its environment:
//   CLOUDFLARE_ZONE + CLOUDFLARE_API_TOKEN   purge the claim's pages from Cloudflare's cache
//   TELEGRAM_BOT_TOKEN + TELEGRAM_CHAT       post the verdict to a Telegram channel
//   CHAT_WEBHOOK_URL                         notify a Slack or Mattermost channel
// Run: FACTLOG_WEBHOOK_SECRET=whsec_… PORT=8787 node docs/examples/webhook-receiver.mjs
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";

const secret = process.env.FACTLOG_WEBHOOK_SECRET;
if (!secret) throw new Error("Set FACTLOG_WEBHOOK_SECRET to the secret the desk showed when the webhook was added.");
const seen = new Set(); // Factlog may send a delivery again (after a lost answer, or by hand): act once per id.

/** Factlog-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">, at most five minutes old. */
function verified(header, body) {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? "");
  if (!match || Math.abs(Date.now() / 1000 - Number(match[1])) > 300) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2], "hex"));
}

async function purgeCdn(claim) {
  // Cloudflare: purge the verdict's address in every language.
  const response = await fetch(`https://api.cloudflare.com/client/v4/zones/${process.env.CLOUDFLARE_ZONE}/purge_cache`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ files: claim.urls }),
  });
  if (!response.ok) throw new Error(`Cloudflare answered ${response.status}`);
}

async function postToTelegram(event, claim) {
  const verb = event === "claim.corrected" ? "Corrected" : "New verdict";
  // Telegram's Bot API takes the bot's token in its path (its design); keep it in the environment, never in logs.
  const response = await fetch(`https://api.telegram.org/bot${process.env.TELEGRAM_BOT_TOKEN}/sendMessage`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: process.env.TELEGRAM_CHAT, text: `${verb}: ${claim.statement}\n${claim.verdict?.label ?? ""}: ${claim.verdictSummary ?? ""}\n${claim.urls[0]}` }),
  });
  if (!response.ok) throw new Error(`Telegram answered ${response.status}`);
}

async function notifyChat(event, data) {
  const text = data.claim ? `${event}: ${data.claim.statement} (${data.claim.urls[0]})` : event === "import.finished" ? `Imported "${data.title}": ${data.entries} entries` : `${event}`;
  const response = await fetch(process.env.CHAT_WEBHOOK_URL, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  if (!response.ok) throw new Error(`The chat answered ${response.status}`);
}

http
  .createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (!verified(request.headers["factlog-signature"], body)) return response.writeHead(401).end("bad signature");
      const { id, event, data } = JSON.parse(body);
      if (seen.has(id)) return response.writeHead(200).end("already done");
      try {
        if (data.claim && process.env.CLOUDFLARE_ZONE) await purgeCdn(data.claim);
        if (data.claim && event !== "claim.archived" && process.env.TELEGRAM_BOT_TOKEN) await postToTelegram(event, data.claim);
        if (process.env.CHAT_WEBHOOK_URL) await notifyChat(event, data);
        seen.add(id);
        response.writeHead(204).end();
      } catch (error) {
        // Any answer but 2xx makes Factlog retry later, with backoff.
        response.writeHead(502).end(String(error.message));
      }
    });
  })
  .listen(Number(process.env.PORT ?? 8787));
