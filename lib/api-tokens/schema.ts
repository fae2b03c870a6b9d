import { said } from "../i18n/refusals";
import { z } from "zod";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, { message: said("tokens.nameRequired") }).max(100, { message: said("tokens.nameTooLong", { max: 100 }) }),
  scope: z.enum(TOKEN_SCOPES, { message: said("tokens.scope") }),
  // Days from now, or none: a token that never expires.
  expiresInDays: z.coerce.number().int({ message: said("tokens.expiryWhole") }).min(1, { message: said("tokens.expiryRange") }).max(365, { message: said("tokens.expiryRange") }).nullable().default(null),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const tokenIdSchema = z.object({ id: z.string().min(1).max(100) });
