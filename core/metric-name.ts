import { type ActionDef, parseActionId } from "./commands/define.js";
import type { CommandMatch } from "./commands/registry.js";
import type { InboundEvent } from "./ports.js";

/** What commands and buttons whose use is personal are counted under. */
export const PRIVATE_NAME = "private";
/** What anything the engine does not know is counted under: a typo, a stale or forged button. */
export const UNKNOWN_NAME = "unknown";

/**
 * The name metrics count an event under: the command's path or the action's name, taken from
 * their definitions and never from what the platform sent, so the set of names is fixed (a forged
 * button id cannot add a series). Never arguments (they may be personal), and never the name of a
 * sensitive command (how often `crisis` or `forgetme` runs in a small group says too much).
 */
export function metricName(
  event: InboundEvent,
  match: CommandMatch | undefined,
  actions: ReadonlyMap<string, ActionDef>,
): string {
  if (event.type === "command") {
    const command = match?.command;
    return command ? definedName(command.path, command.sensitive) : UNKNOWN_NAME;
  }
  if (event.type === "action") {
    const action = actions.get(parseActionId(event.action).name);
    return action ? definedName(action.name, action.sensitive) : UNKNOWN_NAME;
  }
  return event.type;
}

function definedName(name: string, sensitive: boolean | undefined): string {
  return sensitive ? PRIVATE_NAME : name;
}
