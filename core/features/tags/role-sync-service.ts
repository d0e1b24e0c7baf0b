import type { GroupContext } from "../../context.js";
import type { Tag } from "../../db/generated/client.js";
import { tryPlatform } from "../../notices-service.js";
import { PlatformError } from "../../platform-error.js";
import type { PlatformRoles } from "../../ports.js";

/**
 * Public tags are mirrored to platform roles where the platform has them (Discord); private tags
 * never become roles, so a condition a member chose stays between them and the moderators.
 * Role failures never fail the command: the tag is the truth, the role a projection.
 */
function rolesOf(ctx: GroupContext): PlatformRoles | undefined {
  return ctx.ports.get(ctx.group.platform)?.roles;
}

async function roleFor(ctx: GroupContext, roles: PlatformRoles, tag: Tag): Promise<string> {
  const key = { tagId_groupId: { tagId: tag.id, groupId: ctx.group.id } };
  const existing = await ctx.db.tagRole.findUnique({ where: key });
  if (existing) return existing.platformRoleId;
  const platformRoleId = await roles.create(ctx.group.platformGroupId, tag.name);
  await ctx.db.tagRole.create({ data: { tagId: tag.id, groupId: ctx.group.id, platformRoleId } });
  return platformRoleId;
}

/** Gives or takes the tag's role from one member; recreates a role someone deleted by hand. */
export async function syncMemberRole(
  ctx: GroupContext,
  userId: string,
  tag: Tag,
  has: boolean,
): Promise<void> {
  const roles = rolesOf(ctx);
  if (!roles || tag.visibility !== "public") return;
  const groupId = ctx.group.platformGroupId;
  await tryPlatform(ctx, async () => {
    const apply = async () => {
      const roleId = await roleFor(ctx, roles, tag);
      if (has) await roles.grant(groupId, userId, roleId);
      else await roles.revoke(groupId, userId, roleId);
    };
    try {
      await apply();
    } catch (error) {
      if (!(error instanceof PlatformError && error.kind === "not_found")) throw error;
      await ctx.db.tagRole.deleteMany({ where: { tagId: tag.id, groupId: ctx.group.id } });
      if (has) await apply();
    }
  });
}

async function ignoreNotFound(work: Promise<void>): Promise<void> {
  await work.catch((error: unknown) => {
    if (!(error instanceof PlatformError && error.kind === "not_found")) throw error;
  });
}

/**
 * After a rename, visibility change or deletion (call before deleting the tag): renames or removes
 * the tag's roles in every group of the community, or gives the role to its holders once public.
 */
export async function syncTagRoles(
  ctx: GroupContext,
  tag: Tag,
  change: "renamed" | "visibility" | "deleted",
) {
  const links = await ctx.db.tagRole.findMany({ where: { tagId: tag.id }, include: { group: true } });
  for (const link of links) {
    const roles = ctx.ports.get(link.group.platform)?.roles;
    if (!roles) continue;
    const groupId = link.group.platformGroupId;
    if (change === "renamed") {
      await tryPlatform(ctx, () => roles.rename(groupId, link.platformRoleId, tag.name));
    } else if (change === "deleted" || tag.visibility === "private") {
      await tryPlatform(ctx, () => ignoreNotFound(roles.remove(groupId, link.platformRoleId)));
      await ctx.db.tagRole.deleteMany({ where: { tagId: tag.id, groupId: link.groupId } });
    }
  }
  if (change !== "visibility" || tag.visibility !== "public" || !rolesOf(ctx)) return;
  const holders = await ctx.db.memberTag.findMany({
    where: { tagId: tag.id, member: { groupId: ctx.group.id } },
    select: { member: { select: { platformUserId: true } } },
  });
  for (const holder of holders) await syncMemberRole(ctx, holder.member.platformUserId, tag, true);
}
