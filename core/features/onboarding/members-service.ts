import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { Prisma } from "../../db/generated/client.js";
import { ruleBook } from "../rules/rules-service.js";

/** A person's member rows: one per group they joined or used a command in. */
export async function exportMemberships(services: Services, person: Person) {
  const members = await services.db.member.findMany({
    where: { platformUserId: person.userId, group: { platform: person.platform } },
    include: { group: { include: { community: { select: { name: true } } } } },
    orderBy: { id: "asc" },
  });
  return {
    memberships: members.map((m) => ({
      group: m.group.platformGroupId,
      community: m.group.community.name,
      joinedAt: m.joinedAt.toISOString(),
      status: m.status,
      acceptedRulesVersion: m.acceptedRulesVersion,
      acceptedAt: m.acceptedAt?.toISOString() ?? null,
      remindedAt: m.remindedAt?.toISOString() ?? null,
      /** Chosen with /language; null when the member chose none. */
      language: m.language,
      /** When newcomer review counted the member as trusted; null when it never did. */
      trustedAt: m.trustedAt?.toISOString() ?? null,
    })),
  };
}

/** Deletes a person's member rows; their tags and the warnings given to them go with them. */
export async function eraseMembers(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  await tx.member.deleteMany({
    where: { platformUserId: person.userId, group: { platform: person.platform } },
  });
}

/**
 * Members who still have the current rules to accept: those who never accepted and those who
 * accepted an older version. Without rules nobody has anything to accept.
 */
export function mustAcceptWhere(version: number, hasRules: boolean): Prisma.MemberWhereInput {
  if (!hasRules) return { id: -1 };
  return { OR: [{ status: "pending" }, { acceptedRulesVersion: { lt: version } }] };
}

/** This group's members who have the current rules still to accept. */
function pendingWhere(ctx: GroupContext): Prisma.MemberWhereInput {
  const { version, rules } = ruleBook(ctx);
  return { groupId: ctx.group.id, ...mustAcceptWhere(version, rules.length > 0) };
}

export function pendingCount(ctx: GroupContext): Promise<number> {
  return ctx.db.member.count({ where: pendingWhere(ctx) });
}

/** How many members have the current rules still to accept, and the first `take` of them, earliest first. */
export async function pendingMembers(ctx: GroupContext, take: number) {
  const where = pendingWhere(ctx);
  const [count, pending] = await ctx.db.$transaction([
    ctx.db.member.count({ where }),
    ctx.db.member.findMany({ where, orderBy: { joinedAt: "asc" }, take }),
  ]);
  return { count, pending };
}
