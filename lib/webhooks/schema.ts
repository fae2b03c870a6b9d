import { said } from "../i18n/refusals";
import { z } from "zod";

/** What a webhook can be told of (issue 22). */
export const WEBHOOK_EVENTS = ["claim.published", "claim.corrected", "claim.archived", "import.finished", "repeat.found"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const createWebhookSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, { message: said("webhooks.urlTooLong", { max: 2000 }) })
    .pipe(z.url({ message: said("webhooks.urlInvalid") }))
    .refine((url) => /^https?:$/.test(new URL(url).protocol), { message: said("webhooks.urlScheme") })
    .refine((url) => !new URL(url).username && !new URL(url).password, { message: said("webhooks.urlCredential") }),
  events: z.array(z.enum(WEBHOOK_EVENTS, { message: said("webhooks.events", { events: WEBHOOK_EVENTS.join(", ") }) })).min(1, { message: said("webhooks.eventRequired") }),
  allowPrivate: z.boolean().default(false),
});
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

export const webhookIdSchema = z.object({ id: z.string().min(1).max(100) });
