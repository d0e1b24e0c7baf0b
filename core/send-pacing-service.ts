import type { Db } from "./db/database.js";
import { hashId } from "./log.js";
import type { PlatformPort, SendLimits } from "./ports.js";

// One pace for every process sharing the database: each send first reserves the next free slot
// of its keys in "SendSlot" (the generic cell rate algorithm with no burst: a slot is
// `max(nextAt, now)`, and nextAt moves one gap past it), then waits until that slot comes. One
// statement per key, on PostgreSQL's clock, so processes on different machines agree; a process
// that dies after reserving wastes one slot, never exceeds the pace. Sends are spread evenly from
// the first one: there is no burst at the start of a fan-out.
// "nextAt" holds UTC, like every timestamp Prisma writes.
const NOW = `(clock_timestamp() AT TIME ZONE 'UTC')`;
const RESERVE = `
INSERT INTO "SendSlot" ("key", "nextAt") VALUES ($1, ${NOW} + make_interval(secs => $2::float8))
ON CONFLICT ("key") DO UPDATE
  SET "nextAt" = GREATEST("SendSlot"."nextAt", ${NOW}) + make_interval(secs => $2::float8)
RETURNING GREATEST(0, EXTRACT(EPOCH FROM ("nextAt" - ${NOW})) * 1000 - $2::float8 * 1000)::float8 AS "waitMs"`;

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a free slot of `key`, `gapMs` after the previous one anywhere. */
async function reserve(db: Db, key: string, gapMs: number, sleep: Sleep): Promise<void> {
  const [slot] = await db.$queryRawUnsafe<{ waitMs: number }[]>(RESERVE, key, gapMs / 1000);
  const wait = slot?.waitMs ?? 0;
  if (wait > 0) await sleep(wait);
}

/**
 * The port as the engine uses it: posts and direct messages wait for the place's slot, then for
 * the bot's. The place first, so a busy group does not hold the bot's slots while it waits.
 */
export function pacedPort(port: PlatformPort, db: Db, sleep: Sleep = realSleep): PlatformPort {
  const limits: SendLimits | undefined = port.sendLimits;
  if (!limits || (limits.everyMs <= 0 && limits.groupEveryMs <= 0 && limits.directEveryMs <= 0)) return port;
  const bot = `${port.platform}:*`;
  const paced: Partial<PlatformPort> = {
    async post(to, view) {
      await reserve(db, `${port.platform}:g:${to.groupId}`, limits.groupEveryMs, sleep);
      await reserve(db, bot, limits.everyMs, sleep);
      return port.post(to, view);
    },
    async sendDirect(userId, view, from) {
      // A person's key is hashed: the table holds no one's platform id.
      await reserve(db, `${port.platform}:u:${hashId(userId)}`, limits.directEveryMs, sleep);
      await reserve(db, bot, limits.everyMs, sleep);
      return port.sendDirect(userId, view, from);
    },
  };
  return Object.assign(Object.create(port) as PlatformPort, paced);
}

/** Slots long past say nothing about the pace: the daily purge removes them. */
export function purgeSendSlots(db: Db, now: Date): Promise<number> {
  return db.$executeRawUnsafe(
    `DELETE FROM "SendSlot" WHERE "nextAt" < $1::timestamptz AT TIME ZONE 'UTC' - interval '1 hour'`,
    now.toISOString(),
  );
}
