import type { BotCommand } from "grammy/types";
import type { CommandDef } from "../../core/commands/define.js";
import type { Registry } from "../../core/commands/registry.js";
import { englishT, type Translate } from "../../core/text/i18n.js";

// Telegram: a command is 1-32 characters of a-z, 0-9 and _.
const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
// Telegram: a command's description in the menu is 1-256 characters.
const DESCRIPTION_LIMIT = 256;
// Telegram: setMyCommands takes at most 100 commands per scope.
const MENU_LIMIT = 100;

/**
 * The scheme: a command's words joined by `_` (`mod rules add` → `/mod_rules_add`), since Telegram
 * names have no spaces. Typing the words apart (`/mod rules add …`) works as well.
 */
export function commandName(path: string): string {
  return path.trim().toLowerCase().split(/\s+/).join("_");
}

export function commandSyntax(path: string): string {
  return `/${commandName(path)}`;
}

/**
 * Every name a message may start with: each command's full name and each shorter prefix of it
 * (`mod`, `mod_rules`), so `/mod rules add`, `/mod_rules add` and `/mod_rules_add` reach one command.
 */
export function listenedNames(registry: Registry): string[] {
  const names = new Set<string>();
  for (const command of registry.all) {
    const words = command.path.trim().toLowerCase().split(/\s+/);
    for (let n = 1; n <= words.length; n++) {
      const name = words.slice(0, n).join("_");
      if (COMMAND_NAME.test(name)) names.add(name);
    }
  }
  return [...names];
}

/** The line the core parses: `/mod_rules_add Be kind` and `/mod rules add Be kind` both give `mod rules add Be kind`. */
export function commandLine(name: string, rest: string): string {
  const words = name.split("_").filter(Boolean).join(" ");
  return rest ? `${words} ${rest}` : words;
}

export interface CommandMenus {
  /** What everyone sees in groups. */
  groups: BotCommand[];
  /** What the private chat offers: /start and the commands that work there. */
  privateChats: BotCommand[];
  /** What chat administrators see in their groups: everything. */
  administrators: BotCommand[];
}

function entry(command: CommandDef, t: Translate): BotCommand | undefined {
  const name = commandName(command.path);
  if (!COMMAND_NAME.test(name)) return undefined;
  return {
    command: name,
    description: t.description(command.description).slice(0, DESCRIPTION_LIMIT),
  };
}

/**
 * The menus set with setMyCommands, projected from the registry, in one language (`t`): set once
 * without a language_code (English, for every client) and once per language peerbridge speaks.
 * Names stay English, so what a member types works whatever their language.
 */
export function commandMenus(registry: Registry, start: BotCommand, t: Translate = englishT): CommandMenus {
  const menu = (commands: readonly CommandDef[]) =>
    commands.flatMap((c) => entry(c, t) ?? []).slice(0, MENU_LIMIT);
  const members = registry.all.filter((c) => c.audience === "member");
  const anywhere = members.filter((c) => c.scope === "anywhere");
  return {
    groups: menu(members),
    privateChats: [start, ...menu(anywhere)].slice(0, MENU_LIMIT),
    administrators: menu([...members, ...registry.all.filter((c) => c.audience === "moderator")]),
  };
}
