import {
  type Client,
  DiscordAPIError,
  type Guild,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
} from "discord.js";
import { PlatformError } from "../../core/platform-error.js";
import type { PlatformMemberActions } from "../../core/ports.js";
import { toPlatformError } from "./errors.js";

const OPERATION = "memberActions";
const GONE = [
  RESTJSONErrorCodes.UnknownMember,
  RESTJSONErrorCodes.UnknownBan,
  RESTJSONErrorCodes.UnknownUser,
];

/**
 * Timeouts, kicks and bans. Discord answers 403 50013 both when the bot lacks the right and when
 * the member ranks at or above it (or owns the server): the right is checked first from the
 * cache, so a 50013 that follows means the member is out of the bot's reach.
 */
export function discordMemberActions(client: Client): PlatformMemberActions {
  const act = async (groupId: string, right: bigint, work: (guild: Guild) => Promise<unknown>) => {
    const guild = client.guilds.cache.get(groupId);
    if (!guild) throw new PlatformError("not_found", OPERATION);
    const me = guild.members.me ?? (await guild.members.fetchMe().catch(() => undefined));
    if (!me?.permissions.has(right)) throw new PlatformError("missing_permission", OPERATION);
    try {
      await work(guild);
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.MissingPermissions)
        throw new PlatformError("protected_member", OPERATION, { cause: error });
      throw toPlatformError(error, OPERATION, GONE);
    }
  };
  // The reason goes to Discord's audit log too (X-Audit-Log-Reason, at most 512 characters).
  const why = (reason: string) => (reason ? reason.slice(0, 512) : undefined);
  return {
    mute: (groupId, userId, until, reason) =>
      act(groupId, PermissionFlagsBits.ModerateMembers, (g) =>
        g.members.edit(userId, { communicationDisabledUntil: until, reason: why(reason) }),
      ),
    unmute: (groupId, userId) =>
      act(groupId, PermissionFlagsBits.ModerateMembers, (g) =>
        g.members.edit(userId, { communicationDisabledUntil: null }),
      ),
    kick: (groupId, userId, reason) =>
      act(groupId, PermissionFlagsBits.KickMembers, (g) => g.members.kick(userId, why(reason))),
    ban: (groupId, userId, reason) =>
      act(groupId, PermissionFlagsBits.BanMembers, (g) => g.bans.create(userId, { reason: why(reason) })),
    unban: (groupId, userId) => act(groupId, PermissionFlagsBits.BanMembers, (g) => g.bans.remove(userId)),
  };
}
