import { type Database, type DatabaseOptions, openMigratedDatabase } from "../core/db/database.js";
import { MigrationError } from "../core/db/migrator.js";
import type { Logger } from "../core/log.js";

const DELAYS_MS = [500, 1000, 2000, 4000, 8000, 16000];

/**
 * Opens and migrates the database, retrying with backoff while it is unreachable (a database that
 * starts after the bot, a restart in progress). A failed migration is not retried: it needs a human.
 */
export async function startDatabase(options: DatabaseOptions, log: Logger): Promise<Database> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await openMigratedDatabase(options);
    } catch (error) {
      const delay = DELAYS_MS[attempt];
      if (error instanceof MigrationError || delay === undefined) throw error;
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      log.warn({ attempt: attempt + 1, retryInMs: delay, reason }, "database unreachable, retrying");
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
