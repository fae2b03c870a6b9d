import { said } from "../i18n/refusals";
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
    .min(1, { message: said("follows.urlRequired") })
    .max(2000, { message: said("follows.urlTooLong", { max: 2000 }) })
    // t.me/name is a Telegram channel, followed through its web preview.
    .transform((url) => telegramPreviewUrl(url) ?? url)
    .pipe(z.url({ message: said("follows.urlInvalid") }))
    .refine((url) => /^https?:$/.test(new URL(url).protocol), { message: said("follows.urlScheme") })
    .refine((url) => !new URL(url).username && !new URL(url).password, { message: said("follows.urlCredential") }),
  intervalMinutes: z.coerce
    .number({ message: said("follows.interval") })
    .int({ message: said("follows.intervalWhole") })
    .min(MIN_INTERVAL_MINUTES, { message: said("follows.intervalMin") })
    .max(MAX_INTERVAL_MINUTES, { message: said("follows.intervalMax") })
    .default(5),
  title: z.string().trim().max(300).optional().transform((value) => value || undefined),
  outlet: z.string().trim().max(200).optional().transform((value) => value || undefined),
  language: languageSchema.optional(),
  allowPrivate: z.boolean().default(false),
});
export type CreateFollowInput = z.input<typeof createFollowSchema>;

export const followIdSchema = z.object({ id: z.string().min(1).max(100) });
export const followStateSchema = followIdSchema.extend({ state: z.enum(["ACTIVE", "PAUSED", "STOPPED"]) });
