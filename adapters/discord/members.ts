// Members joining a server: welcomed once Discord's Rules Screening lets them in, in the
// system channel (or the first the bot may write in), else by direct message.
import {
  ChannelType,
  type Client,
  Events,
  type Guild,
  type GuildMember,
  type PartialGuildMember,
  PermissionFlagsBits,
} from "discord.js";
import type { Responder } from "../../core/delivery.js";
import type { Engine } from "../../core/engine.js";
import { describeError } from "../../core/failures.js";
import { hashId, type Logger } from "../../core/log.js";
import { PlatformError } from "../../core/platform-error.js";
import type { PlatformPort, View } from "../../core/ports.js";
import { arrivalEvent, joinEvent } from "./inbound.js";
import type { Notices } from "./notices.js";

export interface MemberDeps {
  engine: Engine;
  port: PlatformPort;
  notices: Notices;
  log: Logger;
}

/** Listens for joins and screening; `forget` drops what it holds about a server the bot left. */
export function watchMembers(client: Client, { engine, port, notices, log }: MemberDeps) {
  /** Members held by Discord's Rules Screening; welcomed once they pass it. */
  const screening = new Set<string>();
  const memberKey = (member: GuildMember | PartialGuildMember) => `${member.guild.id}:${member.id}`;

  /** Where a welcome goes when the moderators chose no channel (the core posts to theirs). */
  function welcomeChannel(guild: Guild): string | undefined {
    if (guild.systemChannelId) return guild.systemChannelId;
    const me = guild.members.me;
    return guild.channels.cache
      .filter(
        (c) =>
          c.type === ChannelType.GuildText &&
          !!me &&
          !!c.permissionsFor(me)?.has(PermissionFlagsBits.SendMessages),
      )
      .sort((a, b) => ("rawPosition" in a && "rawPosition" in b ? a.rawPosition - b.rawPosition : 0))
      .first()?.id;
  }

  /**
   * The welcome goes through the core's delivery policy: a public one in the welcome channel, a
   * private one by direct message (there is no interaction to answer ephemerally). Without a
   * channel the conversation is the direct message itself.
   */
  function welcomeResponder(member: GuildMember, channelId: string | undefined): Responder {
    const from = { groupId: member.guild.id };
    const direct = async (view: View) => {
      const sent = await port.sendDirect(member.id, view, from);
      if (!sent) log.info({ user: hashId(member.id) }, "discord member does not accept direct messages");
      return sent;
    };
    return {
      shared: channelId !== undefined,
      async reply(view) {
        if (!channelId) {
          await direct(view);
          return;
        }
        try {
          await port.post({ groupId: member.guild.id, channelId }, view);
        } catch (error) {
          if (error instanceof PlatformError && error.kind === "missing_permission") {
            await notices.missingPermission(member.guild.id, error.operation, channelId);
          } else log.warn({ error: describeError(error) }, "discord welcome failed");
        }
      },
      direct,
    };
  }

  async function welcome(member: GuildMember): Promise<void> {
    const channelId = welcomeChannel(member.guild);
    const event = joinEvent(member, channelId ?? "");
    if (!event) return;
    await engine.respond(event, welcomeResponder(member, channelId));
  }

  client.on(Events.GuildMemberAdd, (member) => {
    if (member.user.bot) return;
    // Rules Screening: Discord keeps the member `pending` until they accept the server's rules.
    if (member.pending) {
      screening.add(memberKey(member));
      return;
    }
    void welcome(member).catch((error: unknown) =>
      log.warn({ error: describeError(error) }, "discord join failed"),
    );
  });
  client.on(Events.GuildMemberUpdate, (before, after) => {
    const key = memberKey(after);
    const wasScreened = screening.has(key) || before.pending === true;
    if (after.pending || !wasScreened || after.user.bot) return;
    screening.delete(key);
    void welcome(after).catch((error: unknown) =>
      log.warn({ error: describeError(error) }, "discord join failed"),
    );
  });
  client.on(Events.GuildMemberRemove, (member) => screening.delete(memberKey(member)));
  return {
    /** Added to a server: the owner hears it privately; a public note goes where welcomes would. */
    async arrived(guild: Guild) {
      const channelId = welcomeChannel(guild);
      const event = arrivalEvent(guild, channelId ?? "");
      if (!event) return;
      // The core tells the owner privately itself; only its public note is posted here, and with
      // no direct way offered a private view is never posted instead.
      await engine.respond(event, {
        shared: true,
        async reply(view) {
          if (!channelId) return;
          await port
            .post({ groupId: guild.id, channelId }, view)
            .catch((error: unknown) =>
              log.warn({ error: describeError(error) }, "discord arrival note failed"),
            );
        },
      });
    },
    forget(guildId: string) {
      for (const key of screening) if (key.startsWith(`${guildId}:`)) screening.delete(key);
    },
  };
}
