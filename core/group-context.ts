import type { Context, GroupContext, GroupState, Services } from "./context.js";
import type { Member } from "./db/generated/client.js";
import type { Place } from "./ports.js";

const groupInclude = { community: { include: { ruleSet: true } } } as const;

/**
 * The caller's group (created with its own community on first sight) and their member row,
 * in one query when the group is known.
 */
async function loadGroup(
  services: Services,
  place: Place & { groupId: string },
  userId: string,
): Promise<{ group: GroupState; member: Member | null }> {
  const where = { platform_platformGroupId: { platform: place.platform, platformGroupId: place.groupId } };
  const found = await services.db.group.findUnique({
    where,
    include: { ...groupInclude, members: { where: { platformUserId: userId }, take: 1 } },
  });
  if (found) {
    const { members, ...group } = found;
    return { group, member: members[0] ?? null };
  }
  try {
    const group = await services.db.group.create({
      data: {
        platform: place.platform,
        platformGroupId: place.groupId,
        community: { create: { name: place.groupName ?? "", ruleSet: { create: {} } } },
      },
      include: groupInclude,
    });
    return { group, member: null };
  } catch (error) {
    // Two first events for one new group at once: the other one created it.
    const group = await services.db.group.findUnique({ where, include: groupInclude });
    if (!group) throw error;
    return { group, member: null };
  }
}

export async function groupContext(base: Context, place: Place & { groupId: string }): Promise<GroupContext> {
  const { db, actor, platform } = base;
  const loaded = await loadGroup(base, place, actor.id);
  let member = loaded.member;
  let moderator: boolean | undefined;
  const { group } = loaded;
  return {
    ...base,
    group,
    community: group.community,
    get member() {
      return member;
    },
    async ensureMember() {
      member ??= await db.member.upsert({
        where: { groupId_platformUserId: { groupId: group.id, platformUserId: actor.id } },
        create: { groupId: group.id, platformUserId: actor.id },
        update: {},
      });
      return member;
    },
    async isModerator() {
      if (moderator === undefined) {
        moderator =
          actor.isPlatformAdmin ||
          (await db.moderatorGrant.count({
            where: { communityId: group.communityId, platform, platformUserId: actor.id },
          })) > 0;
      }
      return moderator;
    },
    async audit(action, detail = "") {
      await db.auditEntry.create({
        data: { communityId: group.communityId, platform, actorId: actor.id, action, detail },
      });
    },
  };
}
