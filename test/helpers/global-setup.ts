import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../core/db/database.js";
import { migrate } from "../../core/db/migrator.js";
import { pgliteSession } from "../../core/db/sql-session.js";
import { adminQuery, databaseUrl } from "./test-database.js";

/**
 * Migrates once per run: a PGlite snapshot (booting PGlite costs seconds; loading a migrated
 * snapshot is cheaper than migrating again) and a PostgreSQL template database to clone per file.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "peerbridge-test-"));
  const pglite = new PGlite();
  await migrate(pgliteSession(pglite));
  const snapshot = join(dir, "pglite.tar.gz");
  await writeFile(snapshot, Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer()));
  await pglite.close();
  project.provide("pgliteSnapshot", snapshot);

  const template = `pb_template_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${template}`);
  const database = await openDatabase({ url: databaseUrl(template), poolSize: 1 });
  const session = await database.session();
  await migrate(session);
  await session.release();
  await database.close();
  project.provide("postgresTemplate", template);

  return async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await rm(dir, { recursive: true, force: true });
  };
}
