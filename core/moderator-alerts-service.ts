import type { GroupContext } from "./context.js";
import { describeError } from "./failures.js";
import type { View } from "./ports.js";

/**
 * Tells the group's moderators where only moderators read: the moderator channel while it is one
 * members cannot read, else a private message to each moderator who opened one. Never the group.
 * False when no moderator could be reached (the alert then waits in `mod reports`).
 */
export async function alertModerators(ctx: GroupContext, alert: View): Promise<boolean> {
  const port = ctx.ports.get(ctx.group.platform);
  if (!port) return false;
  const groupId = ctx.group.platformGroupId;
  const channelId = ctx.group.modChannelId;
  try {
    if (channelId && (await moderatorsOnly(ctx, channelId))) {
      await port.post({ groupId, channelId }, alert);
      return true;
    }
  } catch (error) {
    ctx.log.warn({ error: describeError(error) }, "moderator alert failed");
  }
  let reached = false;
  for (const userId of await moderatorIds(ctx)) {
    const sent = await port
      .sendDirect(userId, { ...alert, private: true, personal: true }, { groupId })
      .catch(() => false);
    reached ||= sent;
  }
  return reached;
}

/** Whether members of the group cannot read `channelId` (asked of the platform each time). */
export async function moderatorsOnly(ctx: GroupContext, channelId: string): Promise<boolean> {
  const port = ctx.ports.get(ctx.group.platform);
  if (!port?.isModeratorsOnly) return channelId !== ctx.group.platformGroupId;
  return port.isModeratorsOnly(ctx.group.platformGroupId, channelId);
}

/** The platform's admins and the moderators the bot granted on this platform, once each. */
async function moderatorIds(ctx: GroupContext): Promise<string[]> {
  const port = ctx.ports.get(ctx.group.platform);
  const [admins, grants] = await Promise.all([
    port?.listAdmins?.(ctx.group.platformGroupId).catch(() => []) ?? [],
    ctx.db.moderatorGrant.findMany({
      where: { communityId: ctx.community.id, platform: ctx.group.platform },
      select: { platformUserId: true },
    }),
  ]);
  return [...new Set([...admins, ...grants.map((g) => g.platformUserId)])];
}
