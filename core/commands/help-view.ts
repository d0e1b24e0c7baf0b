import type { Context } from "../context.js";
import type { RichText, View } from "../ports.js";
import { list, paragraph, privateView } from "../views.js";
import type { CommandDef } from "./define.js";
import { usageLine } from "./registry.js";

/** The commands given, members' first, each with its usage and one line of description. */
export function helpView(ctx: Context, commands: readonly CommandDef[], title: RichText): View {
  const lines = (audience: CommandDef["audience"]) =>
    commands
      .filter((c) => c.audience === audience)
      .map((c) =>
        ctx.t("help.line", { usage: usageLine(c, ctx.cmd), description: ctx.t.description(c.description) }),
      );
  const members = lines("member");
  const moderators = lines("moderator");
  return privateView(
    paragraph(title),
    ...(members.length ? [paragraph(ctx.t("help.members")), list(members)] : []),
    ...(moderators.length ? [paragraph(ctx.t("help.moderators")), list(moderators)] : []),
  );
}
