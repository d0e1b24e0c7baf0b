import { randomBytes } from "node:crypto";
import type { Db } from "./db/database.js";
import { usePseudonymSecret } from "./log.js";

const KEY = "log.pseudonymSecret";

// Created by the first process to ask; every later or concurrent one reads the same row (a no-op
// update is what makes RETURNING give back the row that won).
const FIND_OR_CREATE = `
INSERT INTO "DeploymentSetting" ("key", "value") VALUES ($1, $2)
ON CONFLICT ("key") DO UPDATE SET "value" = "DeploymentSetting"."value"
RETURNING "value"`;

/**
 * The secret log pseudonyms are keyed with: `PEERBRIDGE_LOG_SECRET` when set (and then nothing is
 * stored), else the one this deployment generated on its first start, kept in the database so
 * that every process sharing it writes the same pseudonym for the same user.
 */
export async function deploymentLogSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured !== undefined) return configured;
  const [row] = await db.$queryRawUnsafe<{ value: string }[]>(
    FIND_OR_CREATE,
    KEY,
    randomBytes(32).toString("hex"),
  );
  if (!row) throw new Error("the log secret could not be stored");
  return row.value;
}

/** Keys every log pseudonym of this process with the deployment's secret. Call once at start-up. */
export async function installLogSecret(db: Db, configured: string | undefined): Promise<void> {
  usePseudonymSecret(await deploymentLogSecret(db, configured));
}
