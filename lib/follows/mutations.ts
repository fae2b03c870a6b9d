import { refusal } from "../i18n/refusals";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import type { CurrentUser } from "../auth/guards";
import { FieldError, parseInput, UserFacingError } from "../errors";
import { Prisma } from "../db/generated/client";
import { createFollowSchema, type CreateFollowInput } from "./schema";

type Actor = Pick<CurrentUser, "id" | "role">;

/** Follows a feed or a channel; its first poll is due at once. Each change audited. */
export async function createFollow(options: { db: Db; actor: Actor; input: CreateFollowInput }) {
  const input = parseInput(createFollowSchema, options.input);
  if (input.allowPrivate && options.actor.role !== "ADMIN") throw new FieldError(refusal("follows.privateAdminOnly"), "allowPrivate");
  const kind = new URL(input.url).hostname === "t.me" ? "TELEGRAM" : "FEED";
  try {
    return await options.db.$transaction(async (tx) => {
      // An address followed before and stopped is followed again, with its entries and what it has seen.
      const earlier = await tx.follow.findUnique({ where: { url: input.url }, select: { id: true, state: true } });
      if (earlier?.state === "STOPPED") {
        const follow = await tx.follow.update({
          where: { id: earlier.id },
          data: { state: "ACTIVE", intervalSeconds: input.intervalMinutes * 60, allowPrivate: input.allowPrivate, nextPollAt: new Date(), failures: 0, lastError: null },
          select: { id: true, url: true, kind: true, intervalSeconds: true, allowPrivate: true },
        });
        await recordAudit(tx, { actorId: options.actor.id, entityType: "Follow", entityId: follow.id, action: "resume", before: { state: "STOPPED" }, after: follow });
        return follow;
      }
      const follow = await tx.follow.create({
        data: { url: input.url, kind, title: input.title, outlet: input.outlet, language: input.language, intervalSeconds: input.intervalMinutes * 60, allowPrivate: input.allowPrivate, createdById: options.actor.id },
        select: { id: true, url: true, kind: true, intervalSeconds: true, allowPrivate: true },
      });
      await recordAudit(tx, { actorId: options.actor.id, entityType: "Follow", entityId: follow.id, action: "create", after: follow });
      return follow;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError(refusal("follows.alreadyFollowed"), "url");
    throw error;
  }
}

const STATE_ACTIONS = { ACTIVE: "resume", PAUSED: "pause", STOPPED: "stop" } as const;

/** Pauses, resumes or stops following; the entries already brought stay. Resuming polls at once. */
export async function setFollowState(options: { db: Db; actor: Actor; id: string; state: "ACTIVE" | "PAUSED" | "STOPPED" }) {
  await options.db.$transaction(async (tx) => {
    const follow = await tx.follow.findUnique({ where: { id: options.id }, select: { id: true, state: true } });
    if (!follow) throw new UserFacingError(refusal("follows.gone"));
    if (follow.state === options.state) return;
    await tx.follow.update({
      where: { id: follow.id },
      data: { state: options.state, ...(options.state === "ACTIVE" ? { nextPollAt: new Date(), failures: 0 } : {}) },
    });
    await recordAudit(tx, { actorId: options.actor.id, entityType: "Follow", entityId: follow.id, action: STATE_ACTIONS[options.state], before: { state: follow.state }, after: { state: options.state } });
  });
}

/** Makes the next poll due now (the queue's sweep picks it up within seconds). */
export async function pollFollowSoon(options: { db: Db; id: string }) {
  const { count } = await options.db.follow.updateMany({ where: { id: options.id, state: "ACTIVE" }, data: { nextPollAt: new Date() } });
  if (count === 0) throw new UserFacingError(refusal("follows.pausedCannotPoll"));
}
