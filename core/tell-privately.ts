import type { GroupContext } from "./context.js";
import type { Platform, RichText } from "./ports.js";
import { plainText } from "./text/markup.js";
import { note } from "./views.js";

/** A member to tell something, on their own platform (a linked community spans platforms). */
export interface Recipient {
  platform: Platform;
  platformUserId: string;
  platformGroupId: string;
}

/** The Prisma selection that reads a member as a Recipient with `recipientOf`. */
export const RECIPIENT_SELECT = {
  platformUserId: true,
  group: { select: { platform: true, platformGroupId: true } },
} as const;

export function recipientOf(member: {
  platformUserId: string;
  group: { platform: Platform; platformGroupId: string };
}): Recipient {
  return {
    platform: member.group.platform,
    platformUserId: member.platformUserId,
    platformGroupId: member.group.platformGroupId,
  };
}

/** A member named in the current group's command. */
export function recipientHere(ctx: GroupContext, platformUserId: string): Recipient {
  return { platform: ctx.platform, platformUserId, platformGroupId: ctx.group.platformGroupId };
}

/**
 * Tells a member something about them, privately (sendDirect). Returns whether it was delivered;
 * when it was not, nothing is posted anywhere else: a personal message never falls back to a
 * shared place.
 */
export async function tellPrivately(ctx: GroupContext, to: Recipient, text: RichText): Promise<boolean> {
  const port = ctx.ports.get(to.platform);
  if (!port) return false;
  return port.sendDirect(to.platformUserId, note(text), { groupId: to.platformGroupId }).catch(() => false);
}

/** The community's name for a message read outside it, or "your group". */
export function communityName(ctx: GroupContext): string {
  return ctx.community.name || plainText(ctx.t("common.yourGroup"));
}
