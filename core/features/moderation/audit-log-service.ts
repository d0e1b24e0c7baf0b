import type { MemberRef } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";

export interface AuditFilter {
  /** The first word of the action (`tags`, `rules`, …). */
  kind?: string;
  /** Entries by this member, or about them. */
  member?: MemberRef;
}

/** One page of this community's audit log, newest first; `more` when a later page has entries. */
export async function auditPage(ctx: GroupContext, filter: AuditFilter, page: number, size: number) {
  const who = filter.member;
  const where = {
    communityId: ctx.community.id,
    ...(filter.kind ? { action: { startsWith: `${filter.kind}.` } } : {}),
    ...(who
      ? {
          OR: [
            { actorId: who.platformUserId, platform: ctx.platform },
            { detail: { endsWith: ` member ${who.memberId}` } },
            { detail: `member ${who.memberId}` },
          ],
        }
      : {}),
  };
  // One more than a page tells whether another follows.
  const entries = await ctx.db.auditEntry.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * size,
    take: size + 1,
  });
  return { entries: entries.slice(0, size), more: entries.length > size };
}

/** What audit entries refer to by id: tag names, members' platform ids, resource titles. */
export async function referencedNames(
  ctx: GroupContext,
  ids: { tag: Set<number>; member: Set<number>; resource: Set<number> },
) {
  // The ids come from this community's own audit entries; the filter keeps it so if one ever did not.
  const communityId = ctx.community.id;
  const [tags, members, resources] = await Promise.all([
    ctx.db.tag.findMany({
      where: { id: { in: [...ids.tag] }, communityId },
      select: { id: true, name: true },
    }),
    ctx.db.member.findMany({
      where: { id: { in: [...ids.member] }, group: { communityId } },
      select: { id: true, platformUserId: true },
    }),
    ctx.db.resource.findMany({
      where: { id: { in: [...ids.resource] }, communityId },
      select: { id: true, title: true },
    }),
  ]);
  return {
    tag: new Map(tags.map((t) => [t.id, t.name])),
    member: new Map(members.map((m) => [m.id, m.platformUserId])),
    resource: new Map(resources.map((r) => [r.id, r.title])),
  };
}
