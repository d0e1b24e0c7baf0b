import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import { isUniqueViolation } from "../../db/conflicts.js";
import type { Prisma, Tag } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { syncMemberRole } from "./role-sync.js";
import { closest, tagKey } from "./tag-names.js";

export async function catalog(ctx: GroupContext): Promise<Tag[]> {
  return ctx.db.tag.findMany({ where: { communityId: ctx.community.id }, orderBy: { key: "asc" } });
}

/** The catalog and which of its tags a member has, in one query. */
export async function catalogWithMine(
  ctx: GroupContext,
  memberId: number | undefined,
): Promise<{ tags: Tag[]; mine: Set<number> }> {
  const rows = await ctx.db.tag.findMany({
    where: { communityId: ctx.community.id },
    orderBy: { key: "asc" },
    include: { members: { where: { memberId: memberId ?? -1 }, select: { memberId: true } } },
  });
  const mine = new Set(rows.filter((row) => row.members.length > 0).map((row) => row.id));
  return { tags: rows.map(({ members: _members, ...tag }) => tag), mine };
}

/**
 * The tag a typed name means. Moderator-only private tags stay unknown to members, so their
 * existence is not revealed by an error message either.
 */
export async function findTag(ctx: GroupContext, name: string, asModerator: boolean): Promise<Tag> {
  const key = tagKey(name);
  const tag = await ctx.db.tag.findUnique({
    where: { communityId_key: { communityId: ctx.community.id, key } },
  });
  if (tag && (asModerator || visibleInCatalog(tag))) return tag;
  const known = (await catalog(ctx)).filter((t) => asModerator || visibleInCatalog(t));
  const suggestion = known.find(
    (t) =>
      t.key ===
      closest(
        key,
        known.map((k) => k.key),
      ),
  );
  throw new UserError(
    suggestion
      ? ctx.t("tags.didYouMean", { name, suggestion: suggestion.name })
      : ctx.t("tags.unknown", { name }),
  );
}

/** Members see every tag they could pick and every public one. */
export function visibleInCatalog(tag: Tag): boolean {
  return tag.selfAssignable || tag.visibility === "public";
}

export async function memberTags(ctx: GroupContext, memberId: number): Promise<Tag[]> {
  const rows = await ctx.db.memberTag.findMany({
    where: { memberId },
    include: { tag: true },
    orderBy: { tag: { key: "asc" } },
  });
  return rows.map((row) => row.tag);
}

export interface TagHolder {
  memberId: number;
  platformUserId: string;
}

/** Adds a tag (and its role, where mirrored); false when the member already had it. */
export async function addTag(ctx: GroupContext, who: TagHolder, tag: Tag): Promise<boolean> {
  // A plain create: Prisma caches its plan (not createMany's), and the key refuses a second copy.
  try {
    await ctx.db.memberTag.create({ data: { memberId: who.memberId, tagId: tag.id } });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  await syncMemberRole(ctx, who.platformUserId, tag, true);
  return true;
}

/** Removes a tag (and its role); false when the member did not have it. */
export async function removeTag(ctx: GroupContext, who: TagHolder, tag: Tag): Promise<boolean> {
  const deleted = await ctx.db.memberTag.deleteMany({ where: { memberId: who.memberId, tagId: tag.id } });
  if (deleted.count > 0) await syncMemberRole(ctx, who.platformUserId, tag, false);
  return deleted.count > 0;
}

export function tagLabel(tag: Tag): string {
  return tag.emoji ? `${tag.emoji} ${tag.name}` : tag.name;
}

/** A person's tags in every group, for /mydata. */
export async function exportTags(services: Services, person: Person) {
  const rows = await services.db.memberTag.findMany({
    where: { member: { platformUserId: person.userId, group: { platform: person.platform } } },
    include: { tag: true, member: { select: { group: { select: { platformGroupId: true } } } } },
    orderBy: { assignedAt: "asc" },
  });
  return {
    tags: rows.map((r) => ({
      group: r.member.group.platformGroupId,
      name: r.tag.name,
      visibility: r.tag.visibility,
      since: r.assignedAt.toISOString(),
    })),
  };
}

/** The platform roles a person holds through their public tags, group by group. */
export async function rolesHeld(services: Services, person: Person) {
  const rows = await services.db.memberTag.findMany({
    where: { member: { platformUserId: person.userId, group: { platform: person.platform } } },
    select: { member: { select: { groupId: true } }, tag: { select: { roles: true } } },
  });
  const groups = await services.db.group.findMany({
    where: { id: { in: rows.map((r) => r.member.groupId) } },
    select: { id: true, platformGroupId: true },
  });
  const platformGroup = new Map(groups.map((g) => [g.id, g.platformGroupId]));
  return rows.flatMap((r) =>
    r.tag.roles
      .filter((role) => role.groupId === r.member.groupId)
      .map((role) => ({ groupId: platformGroup.get(role.groupId) ?? "", roleId: role.platformRoleId })),
  );
}

export function tagCount(ctx: GroupContext): Promise<number> {
  return ctx.db.tag.count({ where: { communityId: ctx.community.id } });
}

export async function eraseTags(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  await tx.memberTag.deleteMany({
    where: { member: { platformUserId: person.userId, group: { platform: person.platform } } },
  });
}
