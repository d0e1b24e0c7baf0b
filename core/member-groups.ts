import type { Context, GroupContext } from "./context.js";
import { groupContext } from "./group-context.js";

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
