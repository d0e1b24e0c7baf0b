// The command registry projected on Slack: one slash command, `/peer <command> [args]`, carries
// every core command; `/peer form <command>` opens that command as a modal.
import type { CommandDef } from "../../core/commands/define.js";
import type { Registry } from "../../core/commands/registry.js";
import type { Translate } from "../../core/text/i18n.js";
import { truncate } from "../shared/text.js";
import { hasForm } from "./forms.js";

/** The one slash command: workspace slash names collide, so every core command lives under it. */
export const SLASH_COMMAND = "/peer";

/** What a `/peer` line asks for. */
export type PeerRequest = { kind: "run"; text: string } | { kind: "form"; command: CommandDef };

const FORM = /^form\s+(.+)$/is;

function normalisePath(path: string): string {
  return path.trim().toLowerCase().split(/\s+/).join(" ");
}

/**
 * Reads the text after `/peer`. Core commands win over the adapter's own word, so a core command
 * named `form` would still run; an empty line asks for help.
 */
export function parsePeer(registry: Registry, text: string): PeerRequest {
  const line = text.trim();
  if (!line) return { kind: "run", text: "help" };
  if (registry.match(line)) return { kind: "run", text: line };
  const form = FORM.exec(line)?.[1];
  if (form !== undefined) {
    const path = normalisePath(form);
    const command = registry.get(path);
    // A command without parameters has nothing to fill in: it simply runs.
    if (command && hasForm(command)) return { kind: "form", command };
    return { kind: "run", text: path };
  }
  return { kind: "run", text: line };
}

/** Slack: a slash command's usage hint should stay one short line in the autocomplete menu. */
const USAGE_HINT = 100;

/** The slash command as the app manifest declares it, its hint listing the members' commands. */
export function slashCommandManifest(commands: readonly CommandDef[], url: string | undefined, t: Translate) {
  const members = commands.filter((c) => c.audience === "member").map((c) => c.path);
  return {
    command: SLASH_COMMAND,
    description: t.plain("slack.command"),
    usage_hint: truncate(`<command> [args] — ${members.join(", ")}`, USAGE_HINT),
    // Slack then sends typed @mentions and #channels as <@U…> and <#C…>, which resolve exactly.
    should_escape: true,
    ...(url ? { url } : {}),
  };
}
