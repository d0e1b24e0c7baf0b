import { once } from "node:events";
import { Client, Events, GatewayIntentBits, Partials, Status } from "discord.js";
import { z } from "zod";
import { ConfigError } from "../../core/config/env.js";
import type { Engine } from "../../core/engine.js";
import { describeError } from "../../core/failures.js";
import { hashId, type Logger } from "../../core/log.js";
import type { PlatformBot, PlatformDeps } from "../contract.js";
import { projectCommands, registerCommands } from "./commands.js";
import { replyEvent } from "./inbound.js";
import { DISCORD_ANSWER_DEADLINE_MS, handleInteraction } from "./interactions.js";
import { inviteUrl } from "./invite.js";
import { watchMembers } from "./members.js";
import { createNotices } from "./notices.js";
import { createDiscordPort } from "./port.js";

const snowflake = z.string().regex(/^\d{17,20}$/, { message: "should be a Discord id (17 to 20 digits)" });

/** The variables the Discord bot reads. */
export const discordEnv = z.object({
  DISCORD_TOKEN: z.string().optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_API_BASE: z
    .url({ protocol: /^https?$/, message: "should be an http(s) URL, e.g. https://discord.com/api" })
    .default("https://discord.com/api"),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_SHARD_COUNT: z.coerce
    .number({ message: "should be a whole number of shards, e.g. 4" })
    .int({ message: "should be a whole number of shards, e.g. 4" })
    .min(1, { message: "should be 1 or more" })
    .optional(),
  DISCORD_SHARD_IDS: z
    .string()
    .regex(/^\d+(\s*,\s*\d+)*$/, { message: "should be shard numbers separated by commas, e.g. 0,1" })
    .transform((ids) => ids.split(",").map((id) => Number(id.trim())))
    .optional(),
});

export type DiscordEnv = z.infer<typeof discordEnv>;

export interface DiscordBotOptions {
  token: string;
  applicationId?: string;
  /** REST base; the gateway URL then comes from `GET /gateway/bot`. */
  apiBase: string;
  /** Registers commands to this guild only (instant, for development) instead of globally. */
  guildId?: string;
  engine: Engine;
  log: Logger;
  /** Defers an interaction the engine has not answered by then; well inside Discord's 3 s. */
  deferAfterMs?: number;
  /** Counts a REST call discord.js's queue delays and retries after a rate limit (for /metrics). */
  onRetry?: () => void;
  /** This process's gateway shards out of `count` (large bots split guilds across processes). */
  shards?: { ids: number[]; count: number };
}

/** The shards this process runs: all of DISCORD_SHARD_COUNT unless DISCORD_SHARD_IDS names some. */
export function shardsOf(env: DiscordEnv): { ids: number[]; count: number } | undefined {
  if (env.DISCORD_SHARD_COUNT === undefined) return undefined;
  const count = env.DISCORD_SHARD_COUNT;
  const ids = env.DISCORD_SHARD_IDS ?? Array.from({ length: count }, (_, i) => i);
  if (ids.some((id) => id >= count)) {
    throw new ConfigError(
      `Configuration problem:\n  DISCORD_SHARD_IDS: every id should be below DISCORD_SHARD_COUNT (${count})`,
    );
  }
  return { ids, count };
}

/** The Discord bot when configured, else null. */
export function createDiscordBot(env: DiscordEnv, deps: PlatformDeps): PlatformBot | null {
  if (!env.DISCORD_TOKEN) return null;
  return discordBot({
    token: env.DISCORD_TOKEN,
    apiBase: env.DISCORD_API_BASE,
    ...(env.DISCORD_APPLICATION_ID ? { applicationId: env.DISCORD_APPLICATION_ID } : {}),
    ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
    ...(shardsOf(env) ? { shards: shardsOf(env) } : {}),
    engine: deps.engine,
    log: deps.log,
    ...(deps.onRetry ? { onRetry: () => deps.onRetry?.("discord") } : {}),
  });
}

export function discordBot(options: DiscordBotOptions): PlatformBot {
  const { engine } = options;
  const log = options.log.child({ platform: "discord" });
  const client = new Client({
    // Guilds: guilds, channels, roles (role sync, GUILD_CREATE/DELETE). GuildMembers (privileged):
    // joins, Rules Screening updates and the member cache used for references. GuildMessages:
    // replies to the bot's posts (anonymous questions), whose text Discord sends without the
    // privileged MessageContent intent because a reply mentions the bot. Everything else works
    // through interactions.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.GuildMessages],
    // A member not in cache (a restart during Rules Screening) still yields guildMemberUpdate.
    partials: [Partials.GuildMember],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: options.apiBase },
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });
  const projection = projectCommands(engine.registry);
  const port = createDiscordPort(client, projection);
  engine.attach(port);
  const notices = createNotices(client, engine.services.t, log);
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, {
      engine,
      port,
      projection,
      log,
      deferAfterMs: options.deferAfterMs ?? DISCORD_ANSWER_DEADLINE_MS - 1000,
    });
  });
  const members = watchMembers(client, { engine, port, notices, log });
  client.on(Events.MessageCreate, (message) => {
    const event = replyEvent(message, client.user?.id);
    if (event) void engine.dispatch(event);
  });
  client.on(Events.GuildCreate, (guild) => {
    log.info({ guild: hashId(guild.id) }, "discord bot added to a server");
    void members
      .arrived(guild)
      .catch((error: unknown) => log.warn({ error: describeError(error) }, "discord arrival failed"));
  });
  client.on(Events.GuildDelete, (guild) => {
    log.info({ guild: hashId(guild.id) }, "discord bot removed from a server");
    notices.forget(guild.id);
    members.forget(guild.id);
  });
  client.on(Events.Error, (error) => log.warn({ error: describeError(error) }, "discord client error"));
  client.on(Events.ShardError, (error) => log.warn({ error: describeError(error) }, "discord gateway error"));
  client.rest.on("rateLimited", (info) => {
    options.onRetry?.();
    log.debug(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      "discord rate limited",
    );
  });

  return {
    platform: "discord",
    routes: [],
    async start() {
      const ready = once(client, Events.ClientReady);
      await client.login(options.token);
      await ready;
      if (!client.isReady()) throw new Error("Discord client not ready after login");
      if (options.applicationId && options.applicationId !== client.application.id) {
        log.warn("DISCORD_APPLICATION_ID differs from the token's application; using the token's");
      }
      const { changed, firstStart } = await registerCommands(client, projection, options.guildId);
      log.info({ changed, commands: projection.bodies.length }, "discord commands registered");
      if (firstStart || client.guilds.cache.size === 0) {
        log.info({ invite: inviteUrl(client) }, "add the Discord bot to a server with this link");
      }
    },
    async stop() {
      await client.destroy();
    },
    connected() {
      return (
        client.isReady() &&
        client.ws.shards.size > 0 &&
        client.ws.shards.every((s) => s.status === Status.Ready)
      );
    },
  };
}
