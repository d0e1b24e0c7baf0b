// The dashboard desk's own reads: community-wide views the chat has no command for. Changes never
// live here; the desk calls the features' services for those, as the chat commands do.
import type { GroupContext } from "../../context.js";
import type { Prisma } from "../../db/generated/client.js";
import { mustAcceptWhere } from "../onboarding/members-service.js";
import { ruleBook } from "../rules/rules-service.js";

export interface AuditFilter {
  member?: string | undefined;
  kind?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** What waits for the moderators across the community, and its enabled digests, in one snapshot. */
export async function waitingWork(ctx: GroupContext) {
  const where = { communityId: ctx.community.id };
  const book = ruleBook(ctx);
  const mustAccept = mustAcceptWhere(book.version, book.rules.length > 0);
  const [pending, suggestions, reports, headsUps, schedules] = await ctx.db.$transaction([
    ctx.db.member.count({ where: { group: where, ...mustAccept } }),
    ctx.db.resource.count({ where: { ...where, status: "suggested" } }),
    ctx.db.report.count({ where: { ...where, status: "open" } }),
    ctx.db.headsUp.count({ where: { ...where, handledAt: null } }),
    ctx.db.digestSchedule.findMany({
      where: { ...where, enabled: true },
      orderBy: { minuteOfDay: "asc" },
    }),
  ]);
  return { pending, suggestions, reports, headsUps, schedules };
}

/** Every tag of the community with how many members hold it. */
export async function tagsWithHolderCounts(ctx: GroupContext) {
  const tags = await ctx.db.tag.findMany({
    where: { communityId: ctx.community.id },
    orderBy: { key: "asc" },
    include: { _count: { select: { members: true } } },
  });
  return tags.map(({ _count, ...tag }) => ({ tag, holders: _count.members }));
}

/** The platform ids of a community tag's holders, longest-held first. */
export async function tagHolders(ctx: GroupContext, tagId: number): Promise<string[]> {
  const rows = await ctx.db.memberTag.findMany({
    where: { tagId, tag: { communityId: ctx.community.id } },
    include: { member: true },
    orderBy: { assignedAt: "asc" },
  });
  return rows.map((r) => r.member.platformUserId);
}

/** Every digest schedule of the community, on or off, in the order they were made. */
export async function communitySchedules(ctx: GroupContext) {
  return ctx.db.digestSchedule.findMany({
    where: { communityId: ctx.community.id },
    orderBy: { id: "asc" },
  });
}

/** The community's moderator grants on every platform, oldest first. */
export async function communityModerators(ctx: GroupContext) {
  return ctx.db.moderatorGrant.findMany({
    where: { communityId: ctx.community.id },
    orderBy: { createdAt: "asc" },
  });
}

/** The community's newest audit entries that match the filter, at most `take`. */
export async function auditEntries(ctx: GroupContext, filter: AuditFilter, take: number) {
  const where: Prisma.AuditEntryWhereInput = {
    communityId: ctx.community.id,
    ...(filter.member ? { actorId: filter.member } : {}),
    ...(filter.kind ? { action: { startsWith: filter.kind } } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lt: filter.to } : {}),
          },
        }
      : {}),
  };
  return ctx.db.auditEntry.findMany({ where, orderBy: { id: "desc" }, take });
}
