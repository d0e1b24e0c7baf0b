import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { Prisma } from "../../db/generated/client.js";

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
