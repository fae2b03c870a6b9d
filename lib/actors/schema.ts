import { z } from "zod";

export const createActorSchema = z.object({
  name: z.string().trim().min(1, { message: "Name the speaker." }).max(200),
  kind: z.enum(["PERSON", "ORGANISATION"]).default("PERSON"),
  aliases: z.array(z.string().trim().min(1)).default([]),
  title: z.string().trim().max(200).nullable().default(null),
});

/** The speaker picker's search. */
export const actorQuerySchema = z.string({ message: "Type a name to look for." }).max(200, { message: "Use at most 200 characters." });
