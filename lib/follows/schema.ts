import { z } from "zod";
import { languageSchema } from "../sources/schema";
import { telegramPreviewUrl } from "./read";

/** What an editor enters to follow a feed or a channel (issue 18). */
export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 24 * 60;

export const createFollowSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, { message: "Enter the feed's address, or the Telegram channel's t.me address." })
    .max(2000, { message: "An address is at most 2,000 characters." })
    // t.me/name is a Telegram channel, followed through its web preview.
    .transform((url) => telegramPreviewUrl(url) ?? url)
    .pipe(z.url({ message: "Enter the full address, starting with https:// (or http://), or a t.me/<channel> address." }))
    .refine((url) => /^https?:$/.test(new URL(url).protocol), { message: "Factlog follows http:// and https:// addresses only." })
    .refine((url) => !new URL(url).username && !new URL(url).password, { message: "Put no user name or password in the address: a credential never travels in a URL." }),
  intervalMinutes: z.coerce
    .number({ message: "Say how often to look, in minutes." })
    .int({ message: "Say how often to look in whole minutes." })
    .min(MIN_INTERVAL_MINUTES, { message: "Look at most once a minute." })
    .max(MAX_INTERVAL_MINUTES, { message: "Look at least once a day (1,440 minutes)." })
    .default(5),
  title: z.string().trim().max(300).optional().transform((value) => value || undefined),
  outlet: z.string().trim().max(200).optional().transform((value) => value || undefined),
  language: languageSchema.optional(),
  allowPrivate: z.boolean().default(false),
});
export type CreateFollowInput = z.input<typeof createFollowSchema>;

export const followIdSchema = z.object({ id: z.string().min(1).max(100) });
export const followStateSchema = followIdSchema.extend({ state: z.enum(["ACTIVE", "PAUSED", "STOPPED"]) });
