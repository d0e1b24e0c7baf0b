import { changeAndAudit } from "../../audit-service.js";
import type { MemberRef } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { moderatorsOnly } from "../../moderator-alerts-service.js";
import { changeGroup } from "../../settings-service.js";

/** Grants or removes the bot-level moderator role; false when there was nothing to change. */
export async function setModerator(ctx: GroupContext, who: MemberRef, add: boolean): Promise<boolean> {
  const params = [ctx.community.id, ctx.platform, who.platformUserId];
  const changed = await changeAndAudit(
    ctx,
    add
      ? {
          sql: `INSERT INTO "ModeratorGrant" ("communityId", "platform", "platformUserId", "grantedBy")
                VALUES ($1, $2::"Platform", $3, $4) ON CONFLICT DO NOTHING RETURNING 1 AS "id"`,
          params: [...params, ctx.actor.id],
        }
      : {
          sql: `DELETE FROM "ModeratorGrant"
                WHERE "communityId" = $1 AND "platform" = $2::"Platform" AND "platformUserId" = $3 RETURNING 1 AS "id"`,
          params,
        },
    add ? "moderators.add" : "moderators.remove",
    `member ${who.memberId}`,
  );
  return changed.length > 0;
}

/** Sets where alerts go: only a channel members cannot read, since alerts name members. */
export async function setModeratorChannel(ctx: GroupContext, channelId: string): Promise<void> {
  if (!(await moderatorsOnly(ctx, channelId))) throw new UserError(ctx.t("modchannel.notGroup"));
  await changeGroup(ctx, "moderation.channel", { modChannelId: channelId });
}

/** The moderators the bot granted in this community on the caller's platform, longest-serving first. */
export async function grantedModerators(ctx: GroupContext) {
  return ctx.db.moderatorGrant.findMany({
    where: { communityId: ctx.community.id, platform: ctx.platform },
    orderBy: { createdAt: "asc" },
  });
}
