import type { Clock } from "./clock.js";
import type { CommandDef, Person } from "./commands/define.js";
import type { Context, GroupContext, Services } from "./context.js";
import { UserError } from "./errors.js";
import { hashId } from "./log.js";
import type { RichText } from "./ports.js";
import type { Translate } from "./text/i18n.js";

/**
 * At most `max` acts of one kind by one member of one community per fixed window of
 * `windowSeconds`. Each feature defines the limits of what it owns next to it (reports in
 * moderation, suggestions in resources, crisis heads-ups in safety).
 */
export interface RateLimit {
  /** Names the counter, e.g. `report`. */
  kind: string;
  max: number;
  windowSeconds: number;
  /** What the member reads when over the limit: kind, and saying that nothing was done. */
  refusal(t: Translate): RichText;
}

// Past windows are purged once a day, so no window may be longer.
const MAX_WINDOW_SECONDS = 86_400;

export function defineLimit(limit: RateLimit): RateLimit {
  if (!Number.isInteger(limit.max) || limit.max < 1)
    throw new Error(`${limit.kind}: max should be 1 or more`);
  if (
    !Number.isInteger(limit.windowSeconds) ||
    limit.windowSeconds < 1 ||
    limit.windowSeconds > MAX_WINDOW_SECONDS
  )
    throw new Error(`${limit.kind}: the window should be 1 s to 1 day`);
  return limit;
}

// One statement, so processes sharing the database count together: the first act of a window
// inserts, later ones add one. A process whose clock is behind never restarts a newer window.
const HIT = `
INSERT INTO "RateLimitWindow" ("kind", "communityId", "subject", "windowStart", "count")
VALUES ($1, $2, $3, $4, 1)
ON CONFLICT ("kind", "communityId", "subject") DO UPDATE SET
  "count" = CASE WHEN "RateLimitWindow"."windowStart" >= EXCLUDED."windowStart"
                 THEN "RateLimitWindow"."count" + 1 ELSE 1 END,
  "windowStart" = GREATEST("RateLimitWindow"."windowStart", EXCLUDED."windowStart")
RETURNING "count"`;

function windowStart(clock: Clock, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(clock.now().getTime() / ms) * ms);
}

/** How a person's counters are keyed: their pseudonym of this deployment, never their platform id. */
export function limitSubject(person: Person): string {
  return hashId(`${person.platform}:${person.userId}`);
}

/**
 * Counts one act of the caller against `limit`; false when it is one too many. The member is
 * stored as their keyed pseudonym, never their platform id.
 */
export async function hitLimit(ctx: Context | GroupContext, limit: RateLimit): Promise<boolean> {
  const communityId = "community" in ctx ? ctx.community.id : 0;
  const subject = limitSubject({ platform: ctx.platform, userId: ctx.actor.id });
  const [row] = await ctx.db.$queryRawUnsafe<{ count: number }[]>(
    HIT,
    limit.kind,
    communityId,
    subject,
    windowStart(ctx.clock, limit.windowSeconds),
  );
  return (row?.count ?? 0) <= limit.max;
}

/** Refuses the act, kindly, when the caller is over `limit`. */
export async function enforceLimit(ctx: Context | GroupContext, limit: RateLimit): Promise<void> {
  if (!(await hitLimit(ctx, limit))) throw new UserError(limit.refusal(ctx.t));
}

/** Forgets windows that ended more than a day ago (the rate-limits feature's daily purge). */
export async function purgePastWindows(services: Services): Promise<number> {
  const before = new Date(services.clock.now().getTime() - MAX_WINDOW_SECONDS * 1000);
  const { count } = await services.db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}

// A person typing, or pressing buttons that run commands, stays far below this.
const COMMANDS_PER_MINUTE = 30;

/**
 * The limits the engine applies before a command's handler: any command, at most 30 a minute per
 * member, then the command's own `limit`. Moderators are exempt from the first (setting a group
 * up takes bursts of commands). That one is counted in this process's memory, not the database:
 * it guards this process against a flood and must cost no round trip on every command; limits
 * whose acts reach other people are the shared, database-backed ones.
 */
export function commandLimits(clock: Clock) {
  let currentWindow = -1;
  const counts = new Map<string, number>();

  function floodGuard(ctx: Context): boolean {
    const window = Math.floor(clock.now().getTime() / 60_000);
    if (window !== currentWindow) {
      currentWindow = window;
      counts.clear();
    }
    const key = `${ctx.platform}\u0000${ctx.place.groupId ?? ""}\u0000${ctx.actor.id}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count <= COMMANDS_PER_MINUTE;
  }

  return {
    async enforce(ctx: Context | GroupContext, command: CommandDef): Promise<void> {
      // Asked only past the limit: whether the caller moderates costs a query, the count none.
      if (!floodGuard(ctx) && !("isModerator" in ctx && (await ctx.isModerator())))
        throw new UserError(ctx.t("limit.commands"));
      if (command.limit) await enforceLimit(ctx, command.limit);
    },
  };
}
