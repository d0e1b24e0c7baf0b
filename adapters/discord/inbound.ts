import {
  type AutocompleteInteraction,
  type BaseInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Guild,
  type GuildMember,
  type Message,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  type PermissionsBitField,
  type StringSelectMenuInteraction,
  type UserContextMenuCommandInteraction,
} from "discord.js";
import { z } from "zod";
import type { Actor, BotRight, InboundEvent, Place } from "../../core/ports.js";
import { localeHint } from "../../core/text/languages.js";
import type { Projection, Route } from "./commands.js";
import { parseModalId } from "./modals.js";
import { CUSTOM_ID_MAX, MENU_OPTIONS_MAX, parseCustomId } from "./views.js";

// Discord: ids are snowflakes, 64-bit integers written in decimal.
const snowflake = z.string().regex(/^\d{17,20}$/);

/** What every inbound event needs from an interaction, checked before the core sees it. */
const interactionFacts = z.object({
  guildId: snowflake.nullable(),
  // Discord: a guild name holds at most 100 characters.
  guildName: z.string().max(100).optional(),
  channelId: snowflake,
  userId: snowflake,
  // Discord: display names hold at most 32 characters (nicknames), global names 32.
  displayName: z.string().max(100).optional(),
  admin: z.boolean(),
  // Discord: the user's client language and the guild's preferred locale, e.g. es-ES.
  locale: z.string().max(35).optional(),
  guildLocale: z.string().max(35).optional(),
});

const optionValue = z.object({
  name: z.string().min(1).max(32),
  value: z.union([z.string(), z.number(), z.boolean()]),
});

const componentFacts = z.object({
  customId: z.string().min(1).max(CUSTOM_ID_MAX),
});

const selectFacts = componentFacts.extend({
  values: z.array(z.string().max(100)).max(MENU_OPTIONS_MAX),
  offered: z.array(z.string().max(100)).max(MENU_OPTIONS_MAX),
});

/** Discord's Manage Server or Administrator: what the core calls a platform admin here. */
export function isDiscordAdmin(permissions: Readonly<PermissionsBitField> | null | undefined): boolean {
  // `has` counts Administrator as every permission.
  return permissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

type Facts = z.infer<typeof interactionFacts>;

function factsOf(interaction: BaseInteraction): Facts | undefined {
  const member = interaction.member;
  const displayName =
    member && "displayName" in member
      ? member.displayName
      : (interaction.user.globalName ?? interaction.user.username);
  const parsed = interactionFacts.safeParse({
    guildId: interaction.guildId,
    guildName: interaction.guild?.name,
    channelId: interaction.channelId,
    userId: interaction.user.id,
    displayName,
    admin: isDiscordAdmin(interaction.memberPermissions),
    locale: localeHint(interaction.locale),
    guildLocale: localeHint(interaction.guildLocale),
  });
  return parsed.success ? parsed.data : undefined;
}

function placeOf(facts: Facts): Place {
  return {
    platform: "discord",
    ...(facts.guildId ? { groupId: facts.guildId } : {}),
    ...(facts.guildName !== undefined ? { groupName: facts.guildName } : {}),
    ...(facts.guildLocale ? { locale: facts.guildLocale } : {}),
    channelId: facts.channelId,
  };
}

function actorOf(facts: Facts): Actor {
  return {
    id: facts.userId,
    isPlatformAdmin: facts.admin,
    ...(facts.displayName !== undefined ? { displayName: facts.displayName } : {}),
    ...(facts.locale ? { locale: facts.locale } : {}),
  };
}

/** The values typed in a slash command, whatever subcommand level they sit at. */
function leafOptions(options: readonly CommandInteractionOption[]): readonly CommandInteractionOption[] {
  const first = options[0];
  if (first?.options && options.length === 1 && first.value === undefined) return leafOptions(first.options);
  return options;
}

export function routeOf(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
  projection: Projection,
): Route | undefined {
  return projection.route(
    interaction.commandName,
    interaction.options.getSubcommandGroup(false),
    interaction.options.getSubcommand(false),
  );
}

/** A slash command as the core's command event: the path's words, and arguments by parameter name. */
export function commandEvent(
  interaction: ChatInputCommandInteraction,
  projection: Projection,
): InboundEvent | undefined {
  const facts = factsOf(interaction);
  const route = routeOf(interaction, projection);
  if (!facts || !route) return undefined;
  const args: Record<string, string> = {};
  for (const option of leafOptions(interaction.options.data)) {
    const parsed = optionValue.safeParse(option);
    if (!parsed.success) return undefined;
    // User, channel and role options carry the id as their value: the core resolves ids.
    args[route.params.get(parsed.data.name)?.name ?? parsed.data.name] = String(parsed.data.value);
  }
  return { type: "command", place: placeOf(facts), actor: actorOf(facts), text: route.command.path, args };
}

/** A context-menu command: the core's command, pointed at the message or member it was opened on. */
function contextMenuEvent(
  interaction: MessageContextMenuCommandInteraction | UserContextMenuCommandInteraction,
  projection: Projection,
  pointAt: (facts: NonNullable<ReturnType<typeof factsOf>>, target: string) => Partial<InboundEvent>,
): InboundEvent | undefined {
  const facts = factsOf(interaction);
  const path = projection.menu(interaction.commandName);
  const target = snowflake.safeParse(interaction.targetId);
  if (!facts || !path || !target.success) return undefined;
  const base = {
    type: "command" as const,
    place: placeOf(facts),
    actor: actorOf(facts),
    text: path,
    args: {},
  };
  return { ...base, ...pointAt(facts, target.data) } as InboundEvent;
}

/** "Report to moderators" on a message: the core's command with the message it points at. */
export function menuEvent(interaction: MessageContextMenuCommandInteraction, projection: Projection) {
  return contextMenuEvent(interaction, projection, (facts, target) => ({
    messageRef: `${facts.channelId}/${target}`,
  }));
}

/** "Worried about them" on a member: the core's command about that member. */
export function userMenuEvent(interaction: UserContextMenuCommandInteraction, projection: Projection) {
  return contextMenuEvent(interaction, projection, (_facts, target) => ({ args: { member: target } }));
}

const replyFacts = z.object({
  guildId: snowflake,
  guildName: z.string().max(100),
  channelId: snowflake,
  userId: snowflake,
  admin: z.boolean(),
  bot: z.literal(false),
  replyTo: snowflake,
  // Discord: a message holds at most 4000 characters (with Nitro). Without the MessageContent
  // intent Discord sends the text only of replies that mention the bot (the default for a reply).
  text: z.string().min(1).max(4000),
});

/** A member's message replying to one of the bot's messages, as a reply event; never stored. */
export function replyEvent(message: Message, botId: string | undefined): InboundEvent | undefined {
  if (!message.reference?.messageId || message.mentions.repliedUser?.id !== botId) return undefined;
  const parsed = replyFacts.safeParse({
    guildId: message.guildId,
    guildName: message.guild?.name,
    channelId: message.channelId,
    userId: message.author.id,
    admin: isDiscordAdmin(message.member?.permissions),
    bot: message.author.bot,
    replyTo: message.reference.messageId,
    text: message.content,
  });
  if (!parsed.success) return undefined;
  const facts = parsed.data;
  return {
    type: "reply",
    place: {
      platform: "discord",
      groupId: facts.guildId,
      groupName: facts.guildName,
      channelId: facts.channelId,
    },
    actor: { id: facts.userId, isPlatformAdmin: facts.admin },
    replyTo: facts.replyTo,
    text: facts.text,
  };
}

/** A component pressed in a direct message by someone who is not a member of the server it is about. */
export const NOT_A_MEMBER = "not-a-member" as const;

/**
 * The facts of a pressed component. In a direct message Discord sends no guild: the group comes from
 * the component's custom_id (the bot wrote it, but anyone can forward or forge one), so the presser
 * must be a member of that guild now; their rights come from it.
 */
async function componentFactsOf(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  customId: string,
): Promise<{ facts: Facts; action: string } | typeof NOT_A_MEMBER | undefined> {
  const facts = factsOf(interaction);
  if (!facts) return undefined;
  const { action, groupId } = parseCustomId(customId);
  if (facts.guildId || !groupId) return { facts, action };
  const guild = interaction.client.guilds.cache.get(groupId);
  if (!guild) return NOT_A_MEMBER;
  // Discord answers 10007 Unknown Member for someone who left or never joined.
  const member = await guild.members.fetch(facts.userId).catch(() => undefined);
  if (!member) return NOT_A_MEMBER;
  return {
    facts: { ...facts, guildId: guild.id, guildName: guild.name, admin: isDiscordAdmin(member.permissions) },
    action,
  };
}

/** The modal of a context-menu command, submitted: the command with its typed fields. */
export function modalEvent(
  interaction: ModalSubmitInteraction,
  projection: Projection,
): InboundEvent | undefined {
  const facts = factsOf(interaction);
  const target = parseModalId(interaction.customId);
  const command = target ? projection.command(target.path) : undefined;
  if (!facts || !target || !command) return undefined;
  const args: Record<string, string> = {};
  for (const param of command.params) {
    if (param.kind !== "text") continue;
    const value = interaction.fields.fields.get(param.name);
    // An empty optional field means "not given"; the core validates the rest like typed text.
    if (value && "value" in value && typeof value.value === "string" && value.value.trim()) {
      args[param.name] = value.value;
    }
  }
  return {
    type: "command",
    place: placeOf(facts),
    actor: actorOf(facts),
    text: command.path,
    args,
    ...(target.messageRef ? { messageRef: target.messageRef } : {}),
  };
}

export async function buttonEvent(
  interaction: ButtonInteraction,
): Promise<InboundEvent | typeof NOT_A_MEMBER | undefined> {
  const component = componentFacts.safeParse({ customId: interaction.customId });
  const found = component.success ? await componentFactsOf(interaction, component.data.customId) : undefined;
  if (!found || found === NOT_A_MEMBER) return found;
  return { type: "action", place: placeOf(found.facts), actor: actorOf(found.facts), action: found.action };
}

/** A select menu page: what is picked among what that page offered (other pages keep their picks). */
export async function selectEvent(
  interaction: StringSelectMenuInteraction,
): Promise<InboundEvent | typeof NOT_A_MEMBER | undefined> {
  const select = selectFacts.safeParse({
    customId: interaction.customId,
    values: interaction.values,
    offered: interaction.component?.options.map((o) => o.value) ?? [],
  });
  const found = select.success ? await componentFactsOf(interaction, select.data.customId) : undefined;
  if (!select.success || !found) return undefined;
  if (found === NOT_A_MEMBER) return found;
  const offered = select.data.offered;
  return {
    type: "action",
    place: placeOf(found.facts),
    actor: actorOf(found.facts),
    action: found.action,
    choice: { selected: select.data.values.filter((v) => offered.includes(v)), offered },
  };
}

const memberFacts = z.object({
  guildId: snowflake,
  guildName: z.string().max(100),
  userId: snowflake,
  displayName: z.string().max(100),
  admin: z.boolean(),
  bot: z.literal(false),
});

/** A member who passed Discord's Rules Screening (or joined a server without it), as a join event. */
export function joinEvent(member: GuildMember, channelId: string): InboundEvent | undefined {
  const parsed = memberFacts.safeParse({
    guildId: member.guild.id,
    guildName: member.guild.name,
    userId: member.id,
    displayName: member.displayName,
    admin: isDiscordAdmin(member.permissions),
    bot: member.user.bot,
  });
  if (!parsed.success) return undefined;
  const facts = parsed.data;
  return {
    type: "join",
    place: { platform: "discord", groupId: facts.guildId, groupName: facts.guildName, channelId },
    actor: {
      id: facts.userId,
      isPlatformAdmin: facts.admin,
      displayName: facts.displayName,
      // Discord ids are snowflakes: their time is the account's creation, a hint for screening.
      accountCreatedAt: member.user.createdAt,
    },
  };
}

/**
 * The bot was added to a server: its owner is told, with the rights the bot still lacks (Manage
 * Roles, and a role high enough to give the roles below it).
 */
export function arrivalEvent(guild: Guild, channelId: string): InboundEvent | undefined {
  const me = guild.members.me;
  const missing: BotRight[] = [];
  if (me && !me.permissions.has(PermissionFlagsBits.ManageRoles)) missing.push("manage_roles");
  const highest = me?.roles.highest.position ?? 0;
  const above = guild.roles.cache.some((r) => !r.managed && r.id !== guild.id && r.position >= highest);
  if (me && above) missing.push("role_position");
  const parsed = memberFacts.pick({ guildId: true, guildName: true, userId: true }).safeParse({
    guildId: guild.id,
    guildName: guild.name,
    userId: guild.ownerId,
  });
  if (!parsed.success) return undefined;
  const { guildId, guildName, userId } = parsed.data;
  return {
    type: "botAdded",
    place: { platform: "discord", groupId: guildId, groupName: guildName, channelId },
    actor: { id: userId, isPlatformAdmin: true },
    missing,
  };
}

export function actorOfInteraction(interaction: BaseInteraction): Actor | undefined {
  const facts = factsOf(interaction);
  return facts ? actorOf(facts) : undefined;
}

export function placeOfInteraction(interaction: BaseInteraction): Place | undefined {
  const facts = factsOf(interaction);
  return facts ? placeOf(facts) : undefined;
}
