import { said } from "../i18n/refusals";
import { z } from "zod";

export const createActorSchema = z.object({
  name: z.string().trim().min(1, { message: said("actors.nameRequired") }).max(200),
  kind: z.enum(["PERSON", "ORGANISATION"]).default("PERSON"),
  aliases: z.array(z.string().trim().min(1)).default([]),
  title: z.string().trim().max(200).nullable().default(null),
});

/** The speaker picker's search. */
export const actorQuerySchema = z.string({ message: said("actors.queryRequired") }).max(200, { message: said("actors.queryTooLong", { max: 200 }) });
