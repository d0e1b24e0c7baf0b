import type { Context } from "./context.js";
import { describeError } from "./failures.js";

/**
 * Removes the member's own command message from a shared chat where the platform shows it
 * (Telegram) and lets the bot delete it: the command's text may say what the member wanted
 * kept quiet. True when it is gone; platforms whose commands leave nothing behind have no id.
 */
export async function removeCommandMessage(ctx: Context): Promise<boolean> {
  const port = ctx.ports.get(ctx.platform);
  const { groupId, channelId } = ctx.place;
  if (!ctx.messageId || !groupId || !port?.deleteMessage) return false;
  try {
    return await port.deleteMessage({ groupId, channelId }, ctx.messageId);
  } catch (error) {
    ctx.log.warn({ error: describeError(error) }, "command message not removed");
    return false;
  }
}
