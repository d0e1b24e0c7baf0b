// The zero-configuration bot: one simulated group in this terminal, on the embedded database.
import { runConsole } from "../adapters/console/bot.js";
import { loadConfig } from "../core/config/env.js";
import { createPeerbridge } from "../core/create-peerbridge.js";
import { databaseOptions, openMigratedDatabase } from "../core/db/database.js";
import { createLogger } from "../core/log.js";
import { installLogSecret } from "../core/log-secret.js";

export async function startConsole(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL });
  const database = await openMigratedDatabase(databaseOptions(config));
  try {
    await installLogSecret(database.prisma, config.PEERBRIDGE_LOG_SECRET);
    const engine = createPeerbridge({ db: database.prisma, log });
    await runConsole({
      engine,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await startConsole();
