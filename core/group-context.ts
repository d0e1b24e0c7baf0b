import type { Context, GroupContext, GroupState, Services } from "./context.js";
import type { Member } from "./db/generated/client.js";
import type { Place } from "./ports.js";

const groupInclude = { community: { include: { ruleSet: true } } } as const;

interface Loaded {
  group: GroupState;
  member: Member | null;
  /** Whether a moderator grant of this community names the caller. */
  granted: boolean;
}

/**
 * The caller's group (created with its own community on first sight), their member row and
 * whether they were granted the moderator role: one query when the group is known.
 */
async function loadGroup(
  services: Services,
  place: Place & { groupId: string },
  userId: string,
): Promise<Loaded> {
  const where = { platform_platformGroupId: { platform: place.platform, platformGroupId: place.groupId } };
  const found = await services.db.group.findUnique({
    where,
    include: {
      community: {
        include: {
          ruleSet: true,
          moderatorGrants: { where: { platform: place.platform, platformUserId: userId }, take: 1 },
        },
      },
      members: { where: { platformUserId: userId }, take: 1 },
    },
  });
  if (found) {
    const { members, community, ...group } = found;
    const { moderatorGrants, ...rest } = community;
    return {
      group: { ...group, community: rest },
      member: members[0] ?? null,
      granted: moderatorGrants.length > 0,
    };
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
    return { group, member: null, granted: false };
  } catch (error) {
    // Two first events for one new group at once: the other one created it.
    const group = await services.db.group.findUnique({ where, include: groupInclude });
    if (!group) throw error;
    return { group, member: null, granted: false };
  }
}

export async function groupContext(base: Context, place: Place & { groupId: string }): Promise<GroupContext> {
  return contextFor(base, await loadGroup(base, place, base.actor.id));
}

/** A context for a group already loaded (scheduled jobs load many groups in one query). */
export function loadedGroupContext(base: Context, group: GroupState): GroupContext {
  return contextFor(base, { group, member: null, granted: false });
}

function contextFor(base: Context, loaded: Loaded): GroupContext {
  const { db, actor, platform } = base;
  let member = loaded.member;
  const { group } = loaded;
  return {
    ...base,
    group,
    community: group.community,
    get member() {
      return member;
    },
    async ensureMember() {
      if (member) return member;
      const key = { groupId: group.id, platformUserId: actor.id };
      // INSERT … ON CONFLICT DO NOTHING RETURNING: one round trip for a newcomer.
      const [created] = await db.member.createManyAndReturn({ data: [key], skipDuplicates: true });
      member = created ?? (await db.member.findUniqueOrThrow({ where: { groupId_platformUserId: key } }));
      return member;
    },
    async isModerator() {
      return actor.isPlatformAdmin || loaded.granted;
    },
    async audit(action, detail = "", tx = db) {
      await tx.auditEntry.create({
        data: { communityId: group.communityId, platform, actorId: actor.id, action, detail },
      });
    },
  };
}
