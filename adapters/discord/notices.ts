import type { Client } from "discord.js";
import { describeError } from "../../core/failures.js";
import { hashId, type Logger } from "../../core/log.js";
import { missingPermissionText, type PlatformOperation } from "../../core/platform-error.js";
import type { Translate } from "../../core/text/i18n.js";
import { renderView } from "./views.js";

export interface Notices {
  /** Tells the guild's moderators once (per process) that the bot lacks a right for `operation`. */
  missingPermission(guildId: string, operation: PlatformOperation, failedChannelId?: string): Promise<void>;
  /** The bot left the guild: forget what it was told. */
  forget(guildId: string): void;
}

/**
 * For failures the adapter meets on its own (a welcome it cannot post), where the core's once-a-day
 * notice is out of reach: tried in the moderators' Community Updates channel, the system channel,
 * then a direct message to the server owner.
 */
export function createNotices(client: Client, t: Translate, log: Logger): Notices {
  const told = new Set<string>();
  return {
    async missingPermission(guildId, operation, failedChannelId) {
      const key = `${guildId}:${operation}`;
      if (told.has(key)) return;
      told.add(key);
      const guild = client.guilds.cache.get(guildId);
      if (!guild) return;
      const [message] = renderView({
        blocks: [{ kind: "text", text: missingPermissionText(t, operation) }],
      });
      if (!message) return;
      const candidates = [guild.publicUpdatesChannelId, guild.systemChannelId].filter(
        (id): id is string => typeof id === "string" && id !== failedChannelId,
      );
      for (const channelId of candidates) {
        const channel = guild.channels.cache.get(channelId);
        if (!channel?.isSendable()) continue;
        try {
          await channel.send(message);
          return;
        } catch (error) {
          log.debug({ error: describeError(error) }, "discord notice channel refused");
        }
      }
      try {
        const owner = await guild.fetchOwner();
        await owner.send(message);
      } catch (error) {
        log.warn(
          { guild: hashId(guildId), operation, error: describeError(error) },
          "could not tell moderators",
        );
      }
    },
    forget(guildId) {
      for (const key of told) if (key.startsWith(`${guildId}:`)) told.delete(key);
    },
  };
}
