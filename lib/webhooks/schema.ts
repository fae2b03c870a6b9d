import { z } from "zod";

/** What a webhook can be told of (issue 22). */
export const WEBHOOK_EVENTS = ["claim.published", "claim.corrected", "claim.archived", "import.finished", "repeat.found"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const createWebhookSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, { message: "A webhook address is at most 2,000 characters." })
    .pipe(z.url({ message: "Enter the full address, starting with https:// (or http://)." }))
    .refine((url) => /^https?:$/.test(new URL(url).protocol), { message: "A webhook address must start with https:// or http://." })
    .refine((url) => !new URL(url).username && !new URL(url).password, { message: "Put no user name or password in the address: the signature authenticates each delivery." }),
  events: z.array(z.enum(WEBHOOK_EVENTS, { message: `Choose among: ${WEBHOOK_EVENTS.join(", ")}.` })).min(1, { message: "Choose at least one event." }),
  allowPrivate: z.boolean().default(false),
});
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

export const webhookIdSchema = z.object({ id: z.string().min(1).max(100) });
