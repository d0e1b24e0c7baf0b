// Starts peerbridge: every platform whose credentials are set (and whose role this process has),
// the scheduler, and one HTTP server. With no platform credentials it runs the console bot.
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { PlatformBot } from "../adapters/contract.js";
import { createDiscordBot } from "../adapters/discord/bot.js";
import { createSlackBot } from "../adapters/slack/bot.js";
import { createTelegramBot } from "../adapters/telegram/bot.js";
import { ConfigError } from "../core/config/env.js";
import { createPeerbridge } from "../core/create-peerbridge.js";
import { databaseOptions } from "../core/db/database.js";
import { describeError } from "../core/failures.js";
import { createLogger } from "../core/log.js";
import { installLogSecret } from "../core/log-secret-service.js";
import { startScheduler } from "../core/scheduler.js";
import { loadProcessConfig } from "./config.js";
import { startConsole } from "./console.js";
import { dashboardRoutesFor } from "./dashboard.js";
import { healthRoute } from "./health.js";
import { createHttpServer } from "./http-server.js";
import { createMetrics } from "./metrics.js";
import { startDatabase } from "./start-database.js";

// In-flight handlers get this long to finish on SIGTERM before connections close.
const DRAIN_MS = 10_000;

// A .env file beside the project is read like the host's own environment (which wins).
if (existsSync(".env")) process.loadEnvFile(".env");

async function main(): Promise<void> {
  const config = loadProcessConfig();
  if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN) {
    await startConsole({
      port: config.PORT,
      publicUrl: config.PEERBRIDGE_PUBLIC_URL,
      tickSeconds: config.PEERBRIDGE_TICK_SECONDS,
    });
    return;
  }
  const roles = config.PEERBRIDGE_ROLES;
  const log = createLogger({
    level: config.LOG_LEVEL,
    pretty: process.stdout.isTTY === true && config.NODE_ENV !== "production",
  });
  const database = await startDatabase(databaseOptions(config), log);
  await installLogSecret(database.prisma, config.PEERBRIDGE_LOG_SECRET);
  const metrics = createMetrics({ token: config.METRICS_TOKEN });
  const engine = createPeerbridge({
    db: database.prisma,
    log,
    observer: metrics.observer,
    // Links only where this deployment serves the dashboard (an http process with a public address).
    ...(config.PEERBRIDGE_PUBLIC_URL ? { dashboardUrl: config.PEERBRIDGE_PUBLIC_URL } : {}),
    digests: {
      graceMs: config.DIGEST_GRACE_MINUTES * 60_000,
      staleClaimMs: config.DIGEST_RETRY_SECONDS * 1000,
    },
  });
  const deps = { engine, log, onRetry: metrics.platformRetry };
  const bots = [
    roles.has("telegram") ? createTelegramBot(config, deps) : null,
    roles.has("discord") ? createDiscordBot(config, deps) : null,
    roles.has("slack") ? createSlackBot(config, deps) : null,
  ].filter((bot): bot is PlatformBot => bot !== null);

  let server: Server | undefined;
  if (roles.has("http")) {
    const routes = [
      healthRoute(database, () => bots),
      metrics.route,
      ...bots.flatMap((bot) => bot.routes),
      ...(config.PEERBRIDGE_PUBLIC_URL ? dashboardRoutesFor(engine, log, config.PEERBRIDGE_PUBLIC_URL) : []),
    ];
    server = createHttpServer(routes).listen(config.PORT);
    await new Promise((resolve) => server?.once("listening", resolve));
    log.info({ port: config.PORT }, "http server listening");
  }
  for (const bot of bots) {
    try {
      await bot.start();
      log.info({ platform: bot.platform }, "platform started");
    } catch (error) {
      // One platform refusing (a revoked token) must not take the others down.
      log.error({ platform: bot.platform, error: describeError(error) }, "platform failed to start");
    }
  }
  const scheduler = roles.has("scheduler")
    ? startScheduler(engine, config.PEERBRIDGE_TICK_SECONDS)
    : undefined;
  log.info({ roles: [...roles], platforms: bots.map((b) => b.platform) }, "ready");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1); // A second signal: the operator wants out now.
    stopping = true;
    log.info({ signal }, "shutting down");
    server?.close();
    await scheduler?.stop();
    await engine.drain(DRAIN_MS);
    await Promise.allSettled(bots.map((bot) => bot.stop()));
    await database.close();
    log.info("stopped");
    log.flush();
    process.exit(0);
  };
  process.on("SIGTERM", (signal) => void shutdown(signal));
  process.on("SIGINT", (signal) => void shutdown(signal));
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error("peerbridge could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
}
