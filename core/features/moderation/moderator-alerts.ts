import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { describeError } from "../../failures.js";
import type { View } from "../../ports.js";
import { changeGroup } from "../../settings.js";

/**
 * Posts to the group's moderator channel. Without one the alert waits in the moderators' lists
 * (`mod reports`, App Home): posting it anywhere else could reveal who asked for help.
 */
export async function alertModerators(ctx: GroupContext, alert: View): Promise<boolean> {
  const channelId = ctx.group.modChannelId;
  const port = ctx.ports.get(ctx.group.platform);
  if (!channelId || !port) return false;
  try {
    await port.post({ groupId: ctx.group.platformGroupId, channelId }, alert);
    return true;
  } catch (error) {
    ctx.log.warn({ error: describeError(error) }, "moderator alert failed");
    return false;
  }
}

/** Sets where alerts go; never the group's own chat, which members read (alerts name members). */
export async function setModeratorChannel(ctx: GroupContext, channelId: string): Promise<void> {
  if (channelId === ctx.group.platformGroupId) throw new UserError(ctx.t("modchannel.notGroup"));
  await changeGroup(ctx, "moderation.channel", { modChannelId: channelId });
}
