import { type Client, type Guild, PermissionFlagsBits, RESTJSONErrorCodes, type Role } from "discord.js";
import { PlatformError } from "../../core/platform-error.js";
import type { PlatformRoles } from "../../core/ports.js";
import { orPlatformError } from "./errors.js";

const MANAGE_ROLES = "manageRoles";
// Discord: a role name holds at most 100 characters.
const ROLE_NAME_MAX = 100;
const REASON = "peerbridge: role of a public tag";

function guildOf(client: Client, groupId: string): Guild {
  const guild = client.guilds.cache.get(groupId);
  // The bot left the guild: nothing to manage, and not a role deleted by hand.
  if (!guild) throw new PlatformError("failed", MANAGE_ROLES);
  return guild;
}

/**
 * The role, when the bot may manage it. Discord only lets a bot manage roles strictly below its own
 * highest role; the cache is kept current by the Guilds intent (GUILD_ROLE_* events), so a role
 * deleted by hand is missing here and reads as not_found.
 */
function manageable(guild: Guild, roleId: string): Role {
  const role = guild.roles.cache.get(roleId);
  if (!role || role.id === guild.id) throw new PlatformError("not_found", MANAGE_ROLES);
  const me = guild.members.me;
  if (!me?.permissions.has(PermissionFlagsBits.ManageRoles)) {
    throw new PlatformError("missing_permission", MANAGE_ROLES);
  }
  if (role.managed || role.comparePositionTo(me.roles.highest) >= 0) {
    throw new PlatformError("missing_permission", MANAGE_ROLES);
  }
  return role;
}

function requireManageRoles(guild: Guild): void {
  if (!guild.members.me?.permissions.has(PermissionFlagsBits.ManageRoles)) {
    throw new PlatformError("missing_permission", MANAGE_ROLES);
  }
}

// A member who left is not a role that vanished: only Unknown Role counts as not_found here.
const ROLE_GONE = [RESTJSONErrorCodes.UnknownRole] as const;

async function changeMemberRole(
  client: Client,
  groupId: string,
  userId: string,
  roleId: string,
  add: boolean,
) {
  const guild = guildOf(client, groupId);
  const role = manageable(guild, roleId);
  const cached = guild.members.cache.get(userId);
  // Skip a call that would change nothing (the gate holds back a newcomer who has no role yet).
  if (cached && !cached.partial && cached.roles.cache.has(role.id) === add) return;
  await orPlatformError(
    MANAGE_ROLES,
    () =>
      add
        ? guild.members.addRole({ user: userId, role: role.id, reason: REASON })
        : guild.members.removeRole({ user: userId, role: role.id, reason: REASON }),
    ROLE_GONE,
  );
}

/** Discord roles for public tags: created without permissions at the bottom of the role list. */
export function discordRoles(client: Client): PlatformRoles {
  return {
    async create(groupId, name) {
      const guild = guildOf(client, groupId);
      requireManageRoles(guild);
      // A new role is placed just above @everyone, so always below the bot's highest role.
      const role = await orPlatformError(MANAGE_ROLES, () =>
        guild.roles.create({
          name: name.slice(0, ROLE_NAME_MAX),
          permissions: [],
          mentionable: false,
          hoist: false,
          reason: REASON,
        }),
      );
      return role.id;
    },
    async rename(groupId, roleId, name) {
      const guild = guildOf(client, groupId);
      const role = manageable(guild, roleId);
      await orPlatformError(
        MANAGE_ROLES,
        () => guild.roles.edit(role, { name: name.slice(0, ROLE_NAME_MAX), reason: REASON }),
        ROLE_GONE,
      );
    },
    async remove(groupId, roleId) {
      const guild = guildOf(client, groupId);
      const role = manageable(guild, roleId);
      await orPlatformError(MANAGE_ROLES, () => guild.roles.delete(role, REASON), ROLE_GONE);
    },
    grant: (groupId, userId, roleId) => changeMemberRole(client, groupId, userId, roleId, true),
    revoke: (groupId, userId, roleId) => changeMemberRole(client, groupId, userId, roleId, false),
  };
}
