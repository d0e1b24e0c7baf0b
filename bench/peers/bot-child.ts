// One bot of a peer comparison in a process of its own (forked by bench/peers/bot-process.ts), so
// its CPU time is its own: the fake platform runs in the parent. It answers `cpu` with
// process.cpuUsage() and `stop` by stopping and exiting.
import pg from "pg";
import { SLACK_EVENTS_PATH } from "../../adapters/slack/manifest.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import { openDatabase } from "../../core/db/database.js";
import { deliver } from "../../core/delivery.js";
import type { Engine } from "../../core/engine.js";
import { createLogger, silentLogger } from "../../core/log.js";
import type { View } from "../../core/ports.js";
import { englishT } from "../../core/text/i18n.js";
import {
  type BotRole,
  type BotSpec,
  type ChildReply,
  ENGINE_REPLAYED,
  listening,
  type ParentMessage,
} from "./bot-process.js";

type Stop = () => Promise<unknown> | unknown;
/** A started bot: how to stop it, and where an HTTP bot takes the platform's requests. */
type Started = Stop | { stop: Stop; endpoint: string };

// BENCH_LOG=warn shows what the adapter and engine log (a bench run is silent otherwise).
const log = process.env.BENCH_LOG ? createLogger({ level: process.env.BENCH_LOG }) : silentLogger;

// The fake is not Telegram: its send limits would only measure the pacer's clock. The engine
// still paces its own posts (none in this bench), faster.
const UNPACED = { everyMs: 0, groupEveryMs: 0, directEveryMs: 0 };

/**
 * The fake is not Discord either: discord.js holds every bot to 50 requests a second, counting
 * interaction follow-ups although Discord exempts interaction endpoints from that limit, so both
 * bots would answer 50 updates a second and the figure would time its clock. Lifted alike for the
 * peer and the adapter, before either builds its client (BENCH_DISCORD_LIMIT=1 keeps it).
 */
async function unpacedDiscord(): Promise<void> {
  if (process.env.BENCH_DISCORD_LIMIT) return;
  const { Options } = await import("discord.js");
  const defaults = Options.createDefault.bind(Options);
  Options.createDefault = () => {
    const options = defaults();
    return { ...options, rest: { ...options.rest, globalRequestsPerSecond: Number.POSITIVE_INFINITY } };
  };
}

async function peerbridge(
  spec: BotSpec,
): Promise<{ engine: ReturnType<typeof createPeerbridge>; stop: Stop }> {
  const database = await openDatabase({ url: spec.databaseUrl, poolSize: 10 });
  const engine = createPeerbridge({ db: database.prisma, log });
  if (ENGINE_REPLAYED) replayEngine(engine);
  return { engine, stop: () => database.close() };
}

/**
 * The engine runs each distinct command once; later ones replay its views through the same
 * delivery policy and adapter. What is left of the adapter's CPU is then its own, beside a peer
 * that still queries its database: it splits a gap between the adapter and the engine.
 */
function replayEngine(engine: Engine): void {
  const seen = new Map<string, View[]>();
  const respond = engine.respond.bind(engine);
  engine.respond = async (event, responder) => {
    if (event.type !== "command") return respond(event, responder);
    const key = JSON.stringify([event.place.platform, event.place.groupId, event.actor.id, event.text]);
    let views = seen.get(key);
    if (!views) {
      views = await engine.dispatch(event);
      seen.set(key, views);
    }
    // The bench's communities speak English; only a prompt posted in the group asks.
    return deliver(views, responder, async () => englishT);
  };
}

const starters: Record<BotRole, (spec: BotSpec) => Promise<Started>> = {
  async "telegram-bare"(spec) {
    const { Bot } = await import("grammy");
    const { run, sequentialize } = await import("@grammyjs/runner");
    const bot = new Bot(spec.token, { client: { apiRoot: spec.apiRoot } });
    bot.use(sequentialize((ctx) => (ctx.chat ? String(ctx.chat.id) : undefined)));
    bot.on("message", (ctx) => ctx.reply("ok"));
    const runner = run(bot, { runner: { silent: true, fetch: { timeout: 1 } } });
    return () => runner.stop();
  },
  async "telegram-peer"(spec) {
    const { startTelegramPeer } = await import("./telegram-peer.js");
    const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: 10 });
    const peer = startTelegramPeer({ token: spec.token, apiRoot: spec.apiRoot, pool });
    return async () => {
      await peer.stop();
      await pool.end();
    };
  },
  async "telegram-adapter"(spec) {
    const { createTelegramAdapter } = await import("../../adapters/telegram/bot.js");
    const { engine, stop } = await peerbridge(spec);
    const adapter = createTelegramAdapter({
      token: spec.token,
      apiRoot: spec.apiRoot,
      engine,
      log,
      sendLimits: UNPACED,
      pollTimeoutSeconds: 1,
    });
    engine.attach(adapter.port);
    await adapter.startPolling();
    return async () => {
      await adapter.stop();
      await stop();
    };
  },
  async "discord-peer"(spec) {
    await unpacedDiscord();
    const { startDiscordPeer } = await import("./discord-peer.js");
    const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: 10 });
    const peer = await startDiscordPeer({ token: spec.token, apiBase: spec.apiRoot, pool });
    return async () => {
      await peer.stop();
      await pool.end();
    };
  },
  async "discord-adapter"(spec) {
    await unpacedDiscord();
    const { discordBot } = await import("../../adapters/discord/bot.js");
    const { engine, stop } = await peerbridge(spec);
    // discordBot attaches its port to the engine; discord.js paces its own calls.
    const bot = discordBot({ token: spec.token, apiBase: spec.apiRoot, engine, log });
    await bot.start();
    return async () => {
      await bot.stop();
      await stop();
    };
  },
  async "slack-peer"(spec) {
    const { startSlackPeer } = await import("./slack-peer.js");
    const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: 10 });
    const peer = await startSlackPeer({
      token: spec.token,
      apiUrl: spec.apiRoot,
      secret: secretOf(spec),
      pool,
    });
    return {
      endpoint: peer.endpoint,
      async stop() {
        await peer.stop();
        await pool.end();
      },
    };
  },
  async "slack-adapter"(spec) {
    const { createSlackBot } = await import("../../adapters/slack/bot.js");
    const { createHttpServer } = await import("../../bots/http-server.js");
    const { engine, stop } = await peerbridge(spec);
    const env = {
      SLACK_BOT_TOKEN: spec.token,
      SLACK_SIGNING_SECRET: secretOf(spec),
      SLACK_API_URL: spec.apiRoot,
    };
    const bot = createSlackBot(env, { engine, log });
    if (!bot) throw new Error("the Slack app was not created");
    // The process's one HTTP server, as bots/main.ts serves the app's routes.
    const server = createHttpServer(bot.routes);
    const endpoint = await listening(server, SLACK_EVENTS_PATH);
    await bot.start();
    return {
      endpoint,
      async stop() {
        await bot.stop();
        await new Promise((resolve) => server.close(resolve));
        await stop();
      },
    };
  },
};

function secretOf(spec: BotSpec): string {
  if (!spec.signingSecret) throw new Error(`${spec.role} needs a signing secret`);
  return spec.signingSecret;
}

const spec = JSON.parse(process.argv[2] ?? "{}") as BotSpec;
const send = (message: ChildReply) => process.send?.(message);
const started = await starters[spec.role](spec);
const { stop, endpoint } = typeof started === "function" ? { stop: started, endpoint: undefined } : started;
process.on("message", async (message: ParentMessage) => {
  if (message.type === "cpu") {
    const { user, system } = process.cpuUsage();
    send({ type: "cpu", micros: user + system });
  } else if (message.type === "stop") {
    await stop();
    process.exit(0);
  }
});
send({ type: "ready", ...(endpoint ? { endpoint } : {}) });
