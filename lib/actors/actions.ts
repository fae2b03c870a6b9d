"use server";
import { z } from "zod";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { createActor, type createActorSchema } from "./mutations";
import { findActors } from "./queries";

export async function findActorsAction(query: string) {
  return runAction(async () => {
    await requireRole("editor");
    return findActors({ query: parseActionInput(z.string({ message: "Type a name to look for." }).max(200, { message: "Use at most 200 characters." }), query) });
  });
}

export async function createActorAction(input: z.input<typeof createActorSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    return createActor({ db: getDb(), actorId: user.id, input });
  });
}
