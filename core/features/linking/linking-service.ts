import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { Prisma } from "../../db/generated/client.js";
import { moveGroup, splitGroup } from "./group-move-service.js";

export async function createLinkCode(ctx: GroupContext, code: string, expiresAt: Date): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    await tx.linkCode.create({
      data: {
        code,
        communityId: ctx.community.id,
        createdBy: ctx.actor.id,
        createdByPlatform: ctx.platform,
        expiresAt,
      },
    });
    await ctx.audit("link.code", "", tx);
  });
}

/**
 * Spends the code and moves this group into its community, or changes nothing: the code is
 * spent only if the move happens, and the joined community's log records it.
 */
export async function redeemLinkCode(ctx: GroupContext, code: string): Promise<"done" | "same" | "invalid"> {
  const now = ctx.clock.now();
  const found = await ctx.db.linkCode.findUnique({ where: { code } });
  if (found?.communityId === ctx.community.id) return "same";
  if (!found) return "invalid";
  return ctx.db.$transaction(async (tx) => {
    const used = await tx.linkCode.updateMany({
      where: { code, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count === 0) return "invalid";
    await moveGroup(tx, ctx.group.id, found.communityId);
    await tx.auditEntry.create({
      data: {
        communityId: found.communityId,
        platform: ctx.platform,
        actorId: ctx.actor.id,
        action: "link.join",
        detail: `group ${ctx.group.id}`,
      },
    });
    return "done";
  });
}

/** Gives this group a community of its own again; false when it is the community's only group. */
export async function unlinkGroup(ctx: GroupContext): Promise<boolean> {
  if ((await groupCount(ctx)) < 2) return false;
  await ctx.db.$transaction(async (tx) => {
    await ctx.audit("link.leave", `group ${ctx.group.id}`, tx);
    await splitGroup(tx, ctx.group.id, ctx.place.groupName ?? ctx.community.name);
  });
  return true;
}

/** Used or expired link codes are of no further use. */
export async function purgeLinkCodes(services: Services): Promise<number> {
  const { count } = await services.db.linkCode.deleteMany({
    where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lt: services.clock.now() } }] },
  });
  return count;
}

export async function exportLinkCodes(services: Services, person: Person) {
  const codes = await services.db.linkCode.findMany({
    where: { createdBy: person.userId, createdByPlatform: person.platform },
  });
  return {
    linkCodesCreated: codes.map((c) => ({
      expires: c.expiresAt.toISOString(),
      used: c.usedAt?.toISOString() ?? null,
    })),
  };
}

export async function eraseLinkCodes(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  await tx.linkCode.updateMany({
    where: { createdBy: person.userId, createdByPlatform: person.platform },
    data: { createdBy: null, createdByPlatform: null },
  });
}

export function groupCount(ctx: GroupContext): Promise<number> {
  return ctx.db.group.count({ where: { communityId: ctx.community.id } });
}
