// Starts peerbridge: every platform whose credentials are set, on the configured database.
// With no platform credentials it runs the console bot on the embedded database.
import { existsSync } from "node:fs";
import { createDiscordBot } from "../adapters/discord/bot.js";
import { createSlackBot } from "../adapters/slack/bot.js";
import { createTelegramBot } from "../adapters/telegram/bot.js";
import { ConfigError } from "../core/config/env.js";
import { databaseOptions, openMigratedDatabase } from "../core/db/database.js";
import { createEngine } from "../core/engine.js";
import { createLogger } from "../core/log.js";
import { startScheduler } from "../core/scheduler.js";
import { loadProcessConfig } from "./config.js";
import { startConsole } from "./console.js";
import { createHttpServer } from "./http-server.js";
import type { PlatformBot } from "./platform.js";

// A .env file beside the project is read like the host's own environment (which wins).
if (existsSync(".env")) process.loadEnvFile(".env");

async function main(): Promise<void> {
  const config = loadProcessConfig();
  if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN) {
    await startConsole();
    return;
  }
  const log = createLogger({ level: config.LOG_LEVEL });
  const database = await openMigratedDatabase(databaseOptions(config));
  const engine = createEngine({ db: database.prisma, log });

  const deps = { engine, log };
  const bots = [
    createTelegramBot(config, deps),
    createDiscordBot(config, deps),
    createSlackBot(config, deps),
  ].filter((bot): bot is PlatformBot => bot !== null);
  const routes = bots.flatMap((bot) => bot.routes);
  const server = routes.length > 0 ? createHttpServer(routes).listen(config.PORT) : undefined;
  for (const bot of bots) {
    try {
      await bot.start();
      log.info({ platform: bot.platform }, "platform started");
    } catch (error) {
      // One platform refusing (a bad token) must not take the others down.
      log.error({ platform: bot.platform, error: String(error) }, "platform failed to start");
    }
  }
  const scheduler = startScheduler(engine);
  const stop = async () => {
    await scheduler.stop();
    server?.close();
    for (const bot of bots) await bot.stop().catch(() => undefined);
    await database.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
