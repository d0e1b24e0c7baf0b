// Discord API v10 objects as the real API sends them, for the fake server and the tests.
import type { APIChannel, APIGuildMember, APIInteractionGuildMember, APIRole, APIUser } from "discord.js";

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A real-looking snowflake: timestamp, worker bits and an increment, 18–19 digits. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export const PERMISSIONS = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readHistory: 1n << 16n,
  manageGuild: 1n << 5n,
  manageRoles: 1n << 28n,
  useCommands: 1n << 31n,
  administrator: 1n << 3n,
  kickMembers: 1n << 1n,
  banMembers: 1n << 2n,
  moderateMembers: 1n << 40n,
};

export const MEMBER_PERMISSIONS =
  PERMISSIONS.viewChannel | PERMISSIONS.sendMessages | PERMISSIONS.readHistory | PERMISSIONS.useCommands;
export const BOT_PERMISSIONS =
  MEMBER_PERMISSIONS | PERMISSIONS.embedLinks | PERMISSIONS.attachFiles | PERMISSIONS.manageRoles;

export function user(id: string, username: string, bot = false): APIUser {
  return { id, username, discriminator: "0", global_name: null, avatar: null, ...(bot ? { bot: true } : {}) };
}

export function role(
  id: string,
  name: string,
  position: number,
  permissions: bigint,
  extra: Partial<APIRole> = {},
): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as APIRole["flags"],
    ...extra,
  };
}

export function textChannel(id: string, guildId: string, name: string, position: number): APIChannel {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
  } as APIChannel;
}

export function member(u: APIUser, roles: string[], pending = false): APIGuildMember {
  return {
    user: u,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: new Date().toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as APIGuildMember["flags"],
    pending,
    communication_disabled_until: null,
  };
}

export function interactionMember(m: APIGuildMember, permissions: bigint): APIInteractionGuildMember {
  return { ...m, user: m.user, permissions: permissions.toString() } as APIInteractionGuildMember;
}
