// `npm run db:migrate`: applies pending migrations to the configured database, e.g. in a
// release phase before new processes start.
import { loadConfig } from "../config/env.js";
import { databaseOptions, openDatabase } from "./database.js";
import { migrate } from "./migrator.js";

const config = loadConfig();
const database = await openDatabase(databaseOptions(config));
const session = await database.session();
try {
  const { applied, warnings } = await migrate(session);
  for (const warning of warnings) console.warn(warning);
  console.log(applied.length ? `Applied ${applied.join(", ")}.` : "Database is up to date.");
} finally {
  await session.release();
  await database.close();
}
