import type { GroupContext } from "./context.js";
import type { Community, Group } from "./db/generated/client.js";

type CommunitySettings = Partial<Omit<Community, "id" | "createdAt">>;
type GroupSettings = Partial<Pick<Group, "welcomeChannelId" | "modChannelId" | "memberRoleId">>;

/** Changes community settings and records it in the audit log, both or neither. */
export async function changeCommunity(
  ctx: GroupContext,
  action: string,
  data: CommunitySettings,
  detail = "",
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    await tx.community.update({ where: { id: ctx.community.id }, data });
    await ctx.audit(action, detail, tx);
  });
  Object.assign(ctx.community, data);
}

/** Changes this group's own settings (its channels, its role) with their audit entry. */
export async function changeGroup(ctx: GroupContext, action: string, data: GroupSettings): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    await tx.group.update({ where: { id: ctx.group.id }, data });
    await ctx.audit(action, "", tx);
  });
  Object.assign(ctx.group, data);
}
