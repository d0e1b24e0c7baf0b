import type { GroupContext } from "./context.js";
import type { Block, View } from "./ports.js";
import { paragraph, view } from "./views.js";

/**
 * A member's overview of their group (Slack's App Home): the group's name, then each feature's
 * section in list order (where they stand with the rules, their tags, what waits for moderators).
 */
export async function homeView(ctx: GroupContext): Promise<View> {
  const name = ctx.community.name;
  const blocks: Block[] = [
    paragraph(name ? ctx.t("home.title", { community: name }) : ctx.t("home.titleUnnamed")),
  ];
  for (const feature of ctx.features)
    if (feature.homeSection) blocks.push(...(await feature.homeSection(ctx)));
  return { ...view(...blocks), private: true, personal: true };
}
