import { type CommandDef, defineAnywhereCommand, type Feature } from "../../commands/define.js";
import { helpView } from "../../commands/help-view.js";

/** `/help` lists what the caller may use; it needs the registry, so the engine hands it over. */
export function helpFeature(commands: () => readonly CommandDef[]): Feature {
  return {
    name: "help",
    commands: [
      defineAnywhereCommand({
        path: "help",
        audience: "member",
        section: "general",
        params: [],
        async handler(ctx) {
          const moderator = "isModerator" in ctx ? await ctx.isModerator() : false;
          const usable = commands().filter((c) => moderator || c.audience === "member");
          return helpView(ctx, usable, ctx.t("help.title"));
        },
      }),
    ],
  };
}
