// The zero-configuration bot: simulated groups in this terminal, on the embedded database, with
// the scheduler on real time and the moderator dashboard on 127.0.0.1 (`/mod dashboard` prints a
// sign-in link).
import type { Server } from "node:http";
import { runConsole } from "../adapters/console/bot.js";
import { loadConfig } from "../core/config/env.js";
import { createPeerbridge } from "../core/create-peerbridge.js";
import { databaseOptions, openMigratedDatabase } from "../core/db/database.js";
import { createLogger } from "../core/log.js";
import { installLogSecret } from "../core/log-secret-service.js";
import { startScheduler } from "../core/scheduler.js";
import { dashboardRoutesFor } from "./dashboard.js";
import { createHttpServer } from "./http-server.js";

export interface ConsoleServing {
  /** Port of the dashboard on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** The dashboard's public address, when it is not http://127.0.0.1:port. */
  publicUrl?: string | undefined;
  /** Seconds between scheduler ticks (PEERBRIDGE_TICK_SECONDS). */
  tickSeconds?: number;
}

export async function startConsole(serving: ConsoleServing = { port: 3000 }): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL });
  const database = await openMigratedDatabase(databaseOptions(config));
  let server: Server | undefined;
  let scheduler: ReturnType<typeof startScheduler> | undefined;
  try {
    await installLogSecret(database.prisma, config.PEERBRIDGE_LOG_SECRET);
    const dashboardUrl = serving.publicUrl ?? `http://127.0.0.1:${serving.port}`;
    const engine = createPeerbridge({ db: database.prisma, log, dashboardUrl });
    server = createHttpServer(dashboardRoutesFor(engine, log, dashboardUrl));
    await new Promise<void>((resolve, reject) => {
      server?.once("error", reject).listen(serving.port, "127.0.0.1", () => resolve());
    }).catch((error: unknown) => {
      // The terminal bot works without the dashboard (the port may be taken by another instance).
      log.warn({ error: String(error) }, "dashboard not served");
      server = undefined;
    });
    await runConsole({
      engine,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      // On real time, as in production: a digest set for the next minute posts in this terminal,
      // and what fell due while nothing ran is caught up before the first prompt.
      onReady: async () => {
        scheduler = startScheduler(engine, serving.tickSeconds ?? 60);
        await scheduler.firstTick;
      },
    });
  } finally {
    server?.close();
    await scheduler?.stop();
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await startConsole();
