import { defineCommand } from "../../commands/define.js";
import type { GroupContext } from "../../context.js";
import type { RichText } from "../../ports.js";
import { list, paragraph, privateView } from "../../views.js";

/** `mod config`: every setting of the community on one screen, each feature its own lines. */
export const configCommand = defineCommand({
  path: "mod config",
  audience: "moderator",
  params: [],
  async handler(ctx: GroupContext) {
    const parts = await Promise.all(ctx.features.map((feature) => feature.configLines?.(ctx) ?? []));
    const lines: RichText[] = parts.flat();
    return privateView(paragraph(ctx.t("config.title")), list(lines));
  },
});
