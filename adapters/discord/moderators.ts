// Who may read a channel, and who the server's admins are: what moderator alerts need to reach
// moderators only (core/moderator-alerts.ts asks before every alert).
import {
  type Client,
  type Guild,
  type GuildMember,
  OverwriteType,
  PermissionFlagsBits,
  type PermissionResolvable,
} from "discord.js";
import { isDiscordAdmin } from "./inbound.js";

// Whoever holds one of these is on the moderators' side of a channel; everyone else is a member.
const MODERATION: PermissionResolvable = [
  PermissionFlagsBits.Administrator,
  PermissionFlagsBits.ManageGuild,
  PermissionFlagsBits.ManageChannels,
  PermissionFlagsBits.ManageRoles,
  PermissionFlagsBits.ManageMessages,
  PermissionFlagsBits.KickMembers,
  PermissionFlagsBits.BanMembers,
  PermissionFlagsBits.ModerateMembers,
];

// Fetching a whole large server's members over the gateway takes a while; past this, the cache does.
const MEMBER_FETCH_MS = 10_000;

/**
 * Whether no member without a moderation right can view the channel, judged from its permission
 * overwrites: @everyone and every role that grants no moderation right (bots' own roles aside),
 * and each member given the channel by a member overwrite. Fetched fresh each time, since the
 * server's admins may have opened it since; anything unknown counts as readable.
 */
export async function isModeratorsOnly(client: Client, groupId: string, channelId: string): Promise<boolean> {
  const guild = client.guilds.cache.get(groupId);
  if (!guild) return false;
  const channel = await client.channels.fetch(channelId, { force: true }).catch(() => null);
  if (!channel || !("guildId" in channel) || channel.guildId !== groupId || !channel.isTextBased())
    return false;
  if (!("permissionsFor" in channel)) return false;
  for (const role of guild.roles.cache.values()) {
    if (role.tags?.botId || role.permissions.any(MODERATION)) continue;
    if (channel.permissionsFor(role).has(PermissionFlagsBits.ViewChannel)) return false;
  }
  // A thread has no overwrites of its own: its parent's roles decide, checked above.
  const overwrites =
    "permissionOverwrites" in channel ? [...channel.permissionOverwrites.cache.values()] : [];
  for (const overwrite of overwrites) {
    if (overwrite.type !== OverwriteType.Member || !overwrite.allow.has(PermissionFlagsBits.ViewChannel))
      continue;
    const member = await memberOf(guild, overwrite.id);
    if (member && !member.user.bot && !member.permissions.any(MODERATION)) return false;
  }
  return true;
}

async function memberOf(guild: Guild, userId: string): Promise<GuildMember | undefined> {
  return guild.members.cache.get(userId) ?? (await guild.members.fetch(userId).catch(() => undefined));
}

/** The server's owner and its members with Manage Server (Administrator counts), bots aside. */
export async function listAdmins(client: Client, groupId: string): Promise<string[]> {
  const guild = client.guilds.cache.get(groupId);
  if (!guild) return [];
  // The member cache holds everyone in a small server (GuildMembers intent); a large one is asked.
  const members =
    guild.members.cache.size >= guild.memberCount
      ? guild.members.cache
      : await guild.members.fetch({ time: MEMBER_FETCH_MS }).catch(() => guild.members.cache);
  const admins = members.filter((m) => !m.user.bot && isDiscordAdmin(m.permissions)).map((m) => m.id);
  return [...new Set([guild.ownerId, ...admins])];
}
