import type { GroupContext } from "../../context.js";
import type { Block, View } from "../../ports.js";
import { paragraph, view } from "../../views.js";
import { acceptanceBlocks, rulesBlocks } from "../rules/rules-view.js";
import { memberTags } from "../tags/tags-service.js";
import { tagList } from "../tags/tags-view.js";

/**
 * A member's overview of their group (Slack's App Home): where they stand with the rules, their
 * tags, and for moderators what waits for them. Features add their own sections here.
 */
export async function homeView(ctx: GroupContext): Promise<View> {
  const name = ctx.community.name;
  const tags = ctx.member ? await memberTags(ctx, ctx.member.id) : [];
  const blocks: Block[] = [
    paragraph(name ? ctx.t("home.title", { community: name }) : ctx.t("home.titleUnnamed")),
    ...rulesBlocks(ctx),
    ...acceptanceBlocks(ctx),
    paragraph(
      tags.length
        ? ctx.t("home.tags", { list: tagList(tags) })
        : ctx.t("home.noTags", { tags: ctx.cmd("tags") }),
    ),
  ];
  if (await ctx.isModerator()) {
    const pending = await ctx.db.member.count({ where: { groupId: ctx.group.id, status: "pending" } });
    blocks.push(
      paragraph(ctx.t("home.moderators")),
      paragraph(ctx.t("home.pending", { count: pending, command: ctx.cmd("mod pending") })),
    );
  }
  return { ...view(...blocks), private: true, personal: true };
}
