import {
  type Client,
  DiscordAPIError,
  type Guild,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
} from "discord.js";
import { PlatformError } from "../../core/platform-error.js";
import type { ChannelTarget, PlatformPort, SendLimits, View } from "../../core/ports.js";
import type { Projection } from "./commands.js";
import { orPlatformError, toPlatformError } from "./errors.js";
import { isDiscordAdmin } from "./inbound.js";
import { discordMemberActions } from "./member-actions.js";
import { isModeratorsOnly, listAdmins } from "./moderators.js";
import { discordRoles } from "./roles.js";
import { renderView } from "./views.js";

const POST = "post";
const DIRECT = "directMessage";

// What posting a rendered view needs in a channel: seeing it, writing, embeds and files.
const POST_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
];

function idFrom(reference: string, mention: RegExp): string | undefined {
  const trimmed = reference.trim();
  // Discord: ids are snowflakes, 17 to 20 decimal digits.
  return mention.exec(trimmed)?.[1] ?? /^(\d{17,20})$/.exec(trimmed)?.[1];
}

/** One match by name, case-insensitively; ambiguous or absent names resolve to nothing. */
function single<T>(items: Iterable<T>, matches: (item: T) => boolean): T | undefined {
  const found = [...items].filter(matches);
  return found.length === 1 ? found[0] : undefined;
}

function sameName(a: string | null | undefined, b: string): boolean {
  return typeof a === "string" && a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
}

// Discord: 50 requests a second per bot, and 5 messages per 5 seconds in a channel (rate-limit
// headers; discord.js queues within one process only). Paced below both across processes; a
// guild counts as one place (stricter than per channel: the engine posts little per guild).
const DISCORD_SEND_LIMITS: SendLimits = { everyMs: 25, groupEveryMs: 1000, directEveryMs: 1000 };

/** The engine's port onto Discord: posts, direct messages, references, the gate and tag roles. */
export function createDiscordPort(client: Client, projection: Projection): PlatformPort {
  const guild = (groupId: string): Guild | undefined => client.guilds.cache.get(groupId);

  return {
    platform: "discord",
    commandSyntax: (path) => projection.syntax(path) ?? `/${path}`,
    sendLimits: DISCORD_SEND_LIMITS,

    async post(to: ChannelTarget, view: View) {
      const channel = await orPlatformError(POST, () => client.channels.fetch(to.channelId), [
        RESTJSONErrorCodes.UnknownChannel,
      ]);
      if (!channel?.isSendable() || !("guildId" in channel) || channel.guildId !== to.groupId) {
        throw new PlatformError("not_found", POST);
      }
      const me = client.user;
      if (me && !channel.permissionsFor(me)?.has(POST_PERMISSIONS))
        throw new PlatformError("missing_permission", POST);
      const ids: string[] = [];
      for (const message of renderView(view)) {
        // The first message answers `replyTo` (an anonymous question's thread), if it still exists.
        const reply =
          ids.length === 0 && to.replyTo
            ? { reply: { messageReference: to.replyTo, failIfNotExists: false } }
            : {};
        const sent = await orPlatformError(POST, () => channel.send({ ...message, ...reply }), [
          RESTJSONErrorCodes.UnknownChannel,
        ]);
        ids.push(sent.id);
      }
      return ids;
    },

    async sendDirect(userId: string, view: View, from?: { groupId: string }) {
      try {
        const dm = await client.users.createDM(userId);
        for (const message of renderView(view, from ?? {})) await dm.send(message);
        return true;
      } catch (error) {
        const failure = toPlatformError(error, DIRECT);
        if (failure.kind === "cannot_message") return false;
        throw failure;
      }
    },

    async resolveUser(groupId: string, reference: string) {
      const id = idFrom(reference, /^<@!?(\d{17,20})>$/);
      if (id) return id;
      const name = reference.trim().replace(/^@/, "");
      const members = guild(groupId)?.members.cache.values() ?? [];
      return single(members, (m) => sameName(m.user.username, name) || sameName(m.displayName, name))?.id;
    },

    async resolveRole(groupId: string, reference: string) {
      const g = guild(groupId);
      if (!g) return undefined;
      const id = idFrom(reference, /^<@&(\d{17,20})>$/);
      const name = reference.trim().replace(/^@/, "");
      const role = id ? g.roles.cache.get(id) : single(g.roles.cache.values(), (r) => sameName(r.name, name));
      // @everyone and integration-managed roles cannot be granted.
      if (!role || role.id === g.id || role.managed) return undefined;
      return role.id;
    },

    async resolveChannel(groupId: string, reference: string) {
      const g = guild(groupId);
      if (!g) return undefined;
      const id = idFrom(reference, /^<#(\d{17,20})>$/);
      const name = reference.trim().replace(/^#/, "");
      const channel = id
        ? g.channels.cache.get(id)
        : single(g.channels.cache.values(), (c) => c.isTextBased() && sameName(c.name, name));
      return channel?.isTextBased() ? channel.id : undefined;
    },

    // The dashboard asks on every request. The member is fetched from Discord, not the member
    // cache, so a role taken away counts at once; roles' permissions and the owner (which
    // `permissions` counts as every right) follow the gateway. Gone from the guild: no admin.
    async isPlatformAdmin(groupId: string, userId: string) {
      const g = guild(groupId);
      if (!g) return false;
      try {
        return isDiscordAdmin((await g.members.fetch({ user: userId, force: true })).permissions);
      } catch (error) {
        const gone = [RESTJSONErrorCodes.UnknownMember, RESTJSONErrorCodes.UnknownGuild];
        if (error instanceof DiscordAPIError && (gone as (number | string)[]).includes(error.code))
          return false;
        throw error; // Unknown is not admin: the dashboard then refuses, the safe side.
      }
    },
    // A channel only moderators can view; else alerts reach the admins privately.
    isModeratorsOnly: (groupId, channelId) => isModeratorsOnly(client, groupId, channelId),
    listAdmins: (groupId) => listAdmins(client, groupId),

    roles: discordRoles(client),
    members: discordMemberActions(client),
  };
}
