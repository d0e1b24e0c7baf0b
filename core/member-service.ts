import type { Context, GroupContext } from "./context.js";
import type { Db } from "./db/database.js";
import type { MemberStatus } from "./db/generated/client.js";
import { groupContext } from "./group-context-service.js";
import type { Platform } from "./ports.js";

// A member of more groups than this is asked from within the group (buttons must fit a message).
const MAX_GROUPS = 10;

/**
 * The groups on the caller's platform where the caller is a known member, as their contexts:
 * for commands used in a private chat with the bot that act on a group (`/ask`, `/worried`).
 */
export async function memberGroups(ctx: Context): Promise<GroupContext[]> {
  const rows = await ctx.db.member.findMany({
    where: { platformUserId: ctx.actor.id, group: { platform: ctx.platform } },
    select: { group: { select: { platformGroupId: true } } },
    orderBy: { id: "asc" },
    take: MAX_GROUPS,
  });
  return Promise.all(
    rows.map((row) => {
      // The group's own place, so what the handler asks of the platform is about that group.
      const place = {
        platform: ctx.platform,
        groupId: row.group.platformGroupId,
        channelId: row.group.platformGroupId,
      };
      return groupContext({ ...ctx, place }, place);
    }),
  );
}

/**
 * The language a user chose in any group on this platform, for replies in a private chat with
 * the bot (where no group tells whose member they are). One indexed look-up.
 */
export async function storedLanguage(db: Db, platform: Platform, userId: string): Promise<string | null> {
  const found = await db.member.findFirst({
    where: { platformUserId: userId, group: { platform }, language: { not: null } },
    select: { language: true },
    orderBy: { id: "desc" },
  });
  return found?.language ?? null;
}

/** The member row (id and status) of a platform user in the caller's group, if the bot knows them there. */
export async function memberIn(
  ctx: GroupContext,
  platformUserId: string,
): Promise<{ id: number; status: MemberStatus } | null> {
  return ctx.db.member.findUnique({
    where: { groupId_platformUserId: { groupId: ctx.group.id, platformUserId } },
    select: { id: true, status: true },
  });
}
