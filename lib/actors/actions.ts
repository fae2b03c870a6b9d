"use server";
import type { z } from "zod";
import { parseActionInput, runAction } from "../action-result";
import { requireRole } from "../auth/guards";
import { getDb } from "../db/client";
import { createActor } from "./mutations";
import { actorQuerySchema, type createActorSchema } from "./schema";
import { findActors } from "./queries";

export async function findActorsAction(query: string) {
  return runAction(async () => {
    await requireRole("editor");
    return findActors({ query: parseActionInput(actorQuerySchema, query) });
  });
}

export async function createActorAction(input: z.input<typeof createActorSchema>) {
  return runAction(async () => {
    const user = await requireRole("editor");
    return createActor({ db: getDb(), actorId: user.id, input });
  });
}
