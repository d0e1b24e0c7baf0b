import {
  type ApplicationCommandData,
  type ApplicationCommandOptionBase,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  type Client,
  ContextMenuCommandBuilder,
  InteractionContextType,
  Locale,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
  SlashCommandBooleanOption,
  SlashCommandBuilder,
  SlashCommandChannelOption,
  SlashCommandIntegerOption,
  SlashCommandRoleOption,
  SlashCommandStringOption,
  SlashCommandSubcommandBuilder,
  SlashCommandSubcommandGroupBuilder,
  SlashCommandUserOption,
} from "discord.js";
import { z } from "zod";
import type { CommandDef } from "../../core/commands/define.js";
import type { Param } from "../../core/commands/params.js";
import type { Registry } from "../../core/commands/registry.js";
import { en, type MessageKey } from "../../core/text/catalog-en.js";
import { englishT, type Translate, translator } from "../../core/text/i18n.js";
import { LANGUAGES, type Language } from "../../core/text/languages.js";

// Discord: names ≤ 32 characters, lowercase; descriptions 1–100 characters.
const NAME_MAX = 32;
const DESCRIPTION_MAX = 100;
// Discord: at most 25 options per command or subcommand, and 25 subcommands/groups per level.
const OPTIONS_MAX = 25;
// Discord: at most 25 choices for a string option.
const CHOICES_MAX = 25;
// Discord: a string option's max_length is at most 6000.
const STRING_LENGTH_MAX = 6000;
// Discord: integer options lie within ±2^53.
const INTEGER_LIMIT = 2 ** 53;
// Discord: name, description and value characters of one command, its options and choices ≤ 8000.
const COMMAND_CHARS_MAX = 8000;

/** The message context menu for the core's `report` command, when the registry has one. */
export const REPORT_MENU_NAME = englishT.plain("report.menu");
const REPORT_PATH = "report";
/** The user context menu for the core's `worried` command, when the registry has one. */
export const WORRIED_MENU_NAME = englishT.plain("worried.menu");
const WORRIED_PATH = "worried";
/** Each context menu's catalog key, by the English name Discord sends back whatever the client's language. */
const MENU_KEYS = new Map<string, MessageKey>([
  [REPORT_MENU_NAME, "report.menu"],
  [WORRIED_MENU_NAME, "worried.menu"],
]);
// Discord: a context menu's name is 1 to 32 characters.
const MENU_NAME_MAX = 32;

/** A context menu's name in the reader's language (the title of the modal it opens). */
export function menuTitle(name: string, t: Translate): string {
  const key = MENU_KEYS.get(name);
  return key ? t.description(key) : name;
}
/** The subcommand that stands for a bare path which also has subcommands (`/mod digest` + `/mod digest now`). */
const BARE_NAMES = ["show", "view", "open"];
/** Root of the moderator commands; its children overflow into `mod-<child>` commands. */
const MOD_ROOT = "mod";

/** Where an invoked slash command leads: the core command and its parameters by option name. */
export interface Route {
  command: CommandDef;
  params: Map<string, Param>;
}

export interface Projection {
  /** The bodies of the one bulk overwrite. */
  bodies: RESTPostAPIApplicationCommandsJSONBody[];
  route(name: string, group: string | null, sub: string | null): Route | undefined;
  /** How a member types a core path here, e.g. `/mod rules add`. */
  syntax(path: string): string | undefined;
  /** The core path a message context menu dispatches, by menu name. */
  menu(name: string): string | undefined;
  /** The core command of a path. */
  command(path: string): CommandDef | undefined;
}

interface Node {
  self?: CommandDef;
  children: Map<string, Node>;
}

interface Leaf {
  name: string;
  command: CommandDef;
}
type Entry = ({ kind: "sub" } & Leaf) | { kind: "group"; name: string; subs: Leaf[] };

/** A path word as a Discord name: lowercase letters, digits, `-` and `_`, at most 32 characters. */
function discordName(word: string): string {
  const name = word
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lm}\p{Lo}\p{N}_-]+/gu, "-")
    .slice(0, NAME_MAX);
  return name || "_";
}

function describe(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim() || "…";
  return flat.length <= DESCRIPTION_MAX ? flat : `${flat.slice(0, DESCRIPTION_MAX - 1)}…`;
}

/** Every locale Discord has (its Locale enum), so a new catalog needs no edit here. */
const DISCORD_LOCALE_LIST = Object.values(Locale) as string[];

/**
 * Discord's locales for a language peerbridge speaks: those of the same base language (`es` →
 * `es-ES`, `es-419`). English is the default, not a localization.
 */
function discordLocales(language: Language): string[] {
  return DISCORD_LOCALE_LIST.filter((locale) => locale.split("-")[0] === language);
}

/** One text per Discord locale, from the catalogs: what a member whose client is in it sees. */
function localizations(text: (t: Translate) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const language of LANGUAGES) {
    if (language === "en") continue;
    const value = text(translator({ language }));
    if (value === undefined) continue;
    for (const locale of discordLocales(language)) out[locale] = value;
  }
  return out;
}

const descriptionLocalizations = (key: MessageKey) => localizations((t) => describe(t.description(key)));

/** A context menu's name in each language; one too long for Discord is left out (English shows). */
const menuLocalizations = (key: MessageKey) =>
  localizations((t) => {
    const local = t.description(key);
    return local.length <= MENU_NAME_MAX ? local : undefined;
  });

/**
 * A top-level command's name in each language (`/normas`): Discord shows it and still sends the
 * command's own name, so typed English keeps working. Only names the catalog has (`cmdname.*`).
 */
function nameLocalizations(name: string): Record<string, string> {
  const key = `cmdname.${name}`;
  if (!Object.hasOwn(en, key)) return {};
  return localizations((t) => {
    const local = t.description(key as MessageKey);
    // Discord: names are lowercase, 1-32 letters, digits, - or _; a translation that is not is left out.
    return /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u.test(local) && local !== name ? local : undefined;
  });
}

function integerBounds(schema: z.ZodType): { min?: number; max?: number } {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (!(inner instanceof z.ZodNumber)) return {};
  const clamp = (n: number | null) =>
    n === null || !Number.isFinite(n) ? undefined : Math.max(-INTEGER_LIMIT, Math.min(INTEGER_LIMIT, n));
  const min = clamp(inner.minValue);
  const max = clamp(inner.maxValue);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** Choices beyond Discord's 25 are offered through autocomplete instead. */
export function hasManyChoices(param: Param): boolean {
  return (param.choices?.length ?? 0) > CHOICES_MAX;
}

function option(param: Param, name: string): ApplicationCommandOptionBase {
  const built = plainOption(param, name);
  built.setDescriptionLocalizations(descriptionLocalizations(param.description));
  return built;
}

function plainOption(param: Param, name: string): ApplicationCommandOptionBase {
  const description = describe(englishT.description(param.description));
  switch (param.kind) {
    case "integer": {
      const { min, max } = integerBounds(param.schema);
      const o = new SlashCommandIntegerOption();
      if (min !== undefined) o.setMinValue(min);
      if (max !== undefined) o.setMaxValue(max);
      return o.setName(name).setDescription(description).setRequired(param.required);
    }
    case "member":
      return new SlashCommandUserOption()
        .setName(name)
        .setDescription(description)
        .setRequired(param.required);
    case "channel":
      return new SlashCommandChannelOption()
        .setName(name)
        .setDescription(description)
        .setRequired(param.required)
        .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement);
    case "role":
      return new SlashCommandRoleOption()
        .setName(name)
        .setDescription(description)
        .setRequired(param.required);
    case "flag":
      return new SlashCommandBooleanOption()
        .setName(name)
        .setDescription(description)
        .setRequired(param.required);
    default: {
      const o = new SlashCommandStringOption()
        .setName(name)
        .setDescription(description)
        .setRequired(param.required);
      if (param.maxLength !== undefined) o.setMaxLength(Math.min(param.maxLength, STRING_LENGTH_MAX));
      if (param.choices && !hasManyChoices(param)) {
        o.addChoices(param.choices.map((c) => ({ name: c.slice(0, DESCRIPTION_MAX), value: c })));
      } else if (param.suggest || param.choices) {
        o.setAutocomplete(true);
      }
      return o;
    }
  }
}

/** The command's options, required ones first (Discord's rule), keyed back to the core's parameters. */
function options(command: CommandDef): { built: ApplicationCommandOptionBase[]; params: Map<string, Param> } {
  const ordered = [...command.params.filter((p) => p.required), ...command.params.filter((p) => !p.required)];
  const params = new Map<string, Param>();
  const built: ApplicationCommandOptionBase[] = [];
  for (const param of ordered.slice(0, OPTIONS_MAX)) {
    const name = discordName(param.name);
    params.set(name, param);
    // A form command's text fields are asked in its modal, not as slash options.
    if (!(command.form && param.kind === "text")) built.push(option(param, name));
  }
  return { built, params };
}

function insert(root: Node, command: CommandDef): void {
  let node = root;
  for (const word of command.path.split(" ").map(discordName)) {
    let child = node.children.get(word);
    if (!child) {
      child = { children: new Map() };
      node.children.set(word, child);
    }
    node = child;
  }
  node.self = command;
}

function bareName(taken: Iterable<string>): string {
  const used = new Set(taken);
  return BARE_NAMES.find((n) => !used.has(n)) ?? "_";
}

/** Every command under a node as subcommands; deeper words are joined with `-`. */
function leaves(node: Node, prefix = ""): Leaf[] {
  const out: Leaf[] = [];
  if (node.self) out.push({ name: prefix || bareName(node.children.keys()), command: node.self });
  for (const [word, child] of node.children) {
    out.push(...leaves(child, prefix ? `${prefix}-${word}`.slice(0, NAME_MAX) : word));
  }
  return out;
}

function entries(node: Node): Entry[] {
  const out: Entry[] = [];
  if (node.self) out.push({ kind: "sub", name: bareName(node.children.keys()), command: node.self });
  for (const [word, child] of node.children) {
    if (child.children.size === 0 && child.self) out.push({ kind: "sub", name: word, command: child.self });
    else out.push({ kind: "group", name: word, subs: leaves(child) });
  }
  return out;
}

function charCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + charCount(v), 0);
  if (value === null || typeof value !== "object") return 0;
  let sum = 0;
  for (const [key, v] of Object.entries(value)) {
    if ((key === "name" || key === "description" || key === "value") && typeof v === "string")
      sum += v.length;
    else sum += charCount(v);
  }
  return sum;
}

/**
 * Projects the core's command registry onto Discord application commands. Member commands are top
 * level (`/rules`, `/iam`); moderator commands live under `/mod` (group + subcommand) with Manage
 * Server as default permission. Whatever does not fit `/mod` (25 children, 8000 characters) becomes
 * a top-level `mod-<child>` command of its own, so a growing registry never breaks registration.
 */
export function projectCommands(registry: Registry): Projection {
  const root: Node = { children: new Map() };
  for (const command of registry.all) insert(root, command);

  const bodies: RESTPostAPIApplicationCommandsJSONBody[] = [];
  const routes = new Map<string, Route>();
  const syntaxes = new Map<string, string>();
  const menus = new Map<string, string>();
  const key = (name: string, group: string | null, sub: string | null) =>
    [name, group ?? "", sub ?? ""].join(" ");

  const base = (name: string, commands: CommandDef[], description: string) => {
    const moderatorOnly = commands.every((c) => c.audience === "moderator");
    const anywhere = commands.every((c) => c.scope === "anywhere");
    return new SlashCommandBuilder()
      .setName(name)
      .setDescription(describe(description))
      .setDefaultMemberPermissions(moderatorOnly ? PermissionFlagsBits.ManageGuild : null)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .setContexts(
        anywhere
          ? [InteractionContextType.Guild, InteractionContextType.BotDM]
          : [InteractionContextType.Guild],
      );
  };

  const addLeaf = (name: string, command: CommandDef) => {
    const { built, params } = options(command);
    const builder = base(name, [command], englishT.description(command.description))
      .setNameLocalizations(nameLocalizations(name))
      .setDescriptionLocalizations(descriptionLocalizations(command.description));
    builder.options.push(...built);
    bodies.push(builder.toJSON());
    routes.set(key(name, null, null), { command, params });
    syntaxes.set(command.path, `/${name}`);
  };

  const subcommand = (leaf: Leaf, record: (params: Map<string, Param>) => void) => {
    const { built, params } = options(leaf.command);
    const sub = new SlashCommandSubcommandBuilder()
      .setName(leaf.name)
      .setDescription(describe(englishT.description(leaf.command.description)))
      .setDescriptionLocalizations(descriptionLocalizations(leaf.command.description));
    sub.options.push(...built);
    record(params);
    return sub;
  };

  const addBranch = (name: string, items: Entry[]) => {
    const commands = items.flatMap((e) => (e.kind === "sub" ? [e.command] : e.subs.map((s) => s.command)));
    const builder = base(name, commands, items.map((e) => e.name).join(", "));
    const overflow: Entry[] = [];
    const pending: { path: string; route: Route; group: string | null; sub: string }[] = [];
    for (const entry of items) {
      if (builder.options.length >= OPTIONS_MAX) {
        overflow.push(entry);
        continue;
      }
      const before = builder.options.length;
      const added: typeof pending = [];
      if (entry.kind === "sub") {
        builder.addSubcommand(
          subcommand(entry, (params) =>
            added.push({
              path: entry.command.path,
              route: { command: entry.command, params },
              group: null,
              sub: entry.name,
            }),
          ),
        );
      } else {
        const group = new SlashCommandSubcommandGroupBuilder()
          .setName(entry.name)
          .setDescription(describe(entry.subs.map((s) => s.name).join(", ")));
        const fits = entry.subs.slice(0, OPTIONS_MAX);
        for (const leaf of fits) {
          group.addSubcommand(
            subcommand(leaf, (params) =>
              added.push({
                path: leaf.command.path,
                route: { command: leaf.command, params },
                group: entry.name,
                sub: leaf.name,
              }),
            ),
          );
        }
        builder.addSubcommandGroup(group);
        // A group past 25 subcommands: the rest become top-level commands of their own.
        for (const leaf of entry.subs.slice(OPTIONS_MAX)) {
          overflow.push({
            kind: "sub",
            name: `${entry.name}-${leaf.name}`.slice(0, NAME_MAX),
            command: leaf.command,
          });
        }
      }
      if (charCount(builder.toJSON()) > COMMAND_CHARS_MAX && before > 0) {
        builder.options.splice(before);
        overflow.push(entry);
        continue;
      }
      pending.push(...added);
    }
    bodies.push(builder.toJSON());
    for (const p of pending) {
      routes.set(key(name, p.group, p.sub), p.route);
      syntaxes.set(p.path, [`/${name}`, p.group, p.sub].filter(Boolean).join(" "));
    }
    for (const entry of overflow) {
      const overflowName = `${name}-${entry.name}`.slice(0, NAME_MAX);
      if (entry.kind === "sub") addLeaf(overflowName, entry.command);
      else
        addBranch(
          overflowName,
          entry.subs.map((s) => ({ kind: "sub", ...s })),
        );
    }
  };

  for (const [word, node] of root.children) {
    if (node.children.size === 0 && node.self && word !== MOD_ROOT) addLeaf(word, node.self);
    else addBranch(word, entries(node));
  }

  if (registry.get(REPORT_PATH)) {
    bodies.push(
      new ContextMenuCommandBuilder()
        .setName(REPORT_MENU_NAME)
        .setNameLocalizations(menuLocalizations("report.menu"))
        .setType(ApplicationCommandType.Message)
        .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
        .setContexts(InteractionContextType.Guild)
        .toJSON(),
    );
    menus.set(REPORT_MENU_NAME, REPORT_PATH);
  }
  if (registry.get(WORRIED_PATH)) {
    bodies.push(
      new ContextMenuCommandBuilder()
        .setName(WORRIED_MENU_NAME)
        .setNameLocalizations(menuLocalizations("worried.menu"))
        .setType(ApplicationCommandType.User)
        .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
        .setContexts(InteractionContextType.Guild)
        .toJSON(),
    );
    menus.set(WORRIED_MENU_NAME, WORRIED_PATH);
  }

  return {
    bodies,
    route: (name, group, sub) => routes.get(key(name, group, sub)),
    syntax: (path) => syntaxes.get(path),
    menu: (name) => menus.get(name),
    command: (path) => registry.get(path),
  };
}

/**
 * Registers the projection with one bulk overwrite, skipped when Discord already has exactly these
 * commands. `guildId` registers to one guild (instant; for development) instead of globally.
 * Returns whether the application had no commands at all before (a first start).
 */
export async function registerCommands(
  client: Client<true>,
  projection: Projection,
  guildId: string | undefined,
): Promise<{ changed: boolean; firstStart: boolean }> {
  const manager = client.application.commands;
  const existing = guildId ? await manager.fetch({ guildId }) : await manager.fetch();
  const firstStart = existing.size === 0;
  // discord.js compares its stored commands with API-shaped data (snake_case keys are read too);
  // a JSON round trip drops keys the builders left undefined, which would otherwise read as changes.
  const wanted = projection.bodies.map((body) => JSON.parse(JSON.stringify(body)) as ApplicationCommandData);
  const same =
    existing.size === wanted.length &&
    wanted.every((body) => existing.some((command) => command.equals(body, true)));
  if (same) return { changed: false, firstStart };
  if (guildId) await manager.set(projection.bodies, guildId);
  else await manager.set(projection.bodies);
  return { changed: true, firstStart };
}
