import { englishT } from "../text/i18n.js";
import type { CommandDef } from "./define.js";
import { usageLine } from "./registry.js";

/** A Markdown table of commands, as the README shows them. */
export function commandTable(commands: readonly CommandDef[]): string {
  const rows = (audience: CommandDef["audience"]) =>
    commands
      .filter((c) => c.audience === audience)
      .map(
        (c) =>
          `| \`${usageLine(c, (p) => `/${p}`).replaceAll("|", "\\|")}\` | ${englishT.description(c.description)} |`,
      );
  return [
    "**Members**",
    "",
    "| Command | What it does |",
    "|---|---|",
    ...rows("member"),
    "",
    "**Moderators** (platform admins, and members a moderator granted the role)",
    "",
    "| Command | What it does |",
    "|---|---|",
    ...rows("moderator"),
  ].join("\n");
}
