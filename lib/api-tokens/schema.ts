import { z } from "zod";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, { message: "Give the token a name, for example the tool that will use it." }).max(100, { message: "A token's name is at most 100 characters." }),
  scope: z.enum(TOKEN_SCOPES, { message: 'The scope is "read" or "write".' }),
  // Days from now, or none: a token that never expires.
  expiresInDays: z.coerce.number().int({ message: "The expiry is a whole number of days." }).min(1, { message: "A token expires after 1 to 365 days, or never." }).max(365, { message: "A token expires after 1 to 365 days, or never." }).nullable().default(null),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const tokenIdSchema = z.object({ id: z.string().min(1).max(100) });
