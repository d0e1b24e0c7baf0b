import { changeAndAudit } from "../../audit-service.js";
import type { GroupContext, GroupState, Services } from "../../context.js";
import type { DigestSchedule, Resource } from "../../db/generated/client.js";
import { describeError } from "../../failures.js";
import { GROUP_STATE_INCLUDE, speaking } from "../../group-context-service.js";
import { hashId } from "../../log.js";
import { tellModeratorsOnce } from "../../notices-service.js";
import { type EngineObserver, quietObserver } from "../../observer.js";
import { PlatformError } from "../../platform-error.js";
import type { View } from "../../ports.js";
import { loadedSystemContext } from "../../system-context.js";
import { buttons, list, paragraph, view } from "../../views.js";
import { resourceFromRow } from "../resources/resources-service.js";
import { resourceItem } from "../resources/resources-view.js";

export interface DigestOptions {
  /** How late a missed run may still be posted (after a restart or crash). */
  graceMs: number;
  /** How long a claimed run may stay unsent before another process retries it, once. */
  staleClaimMs: number;
  /** Who claims: the process, for the run's record. */
  worker: string;
}

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = {
  graceMs: 2 * 60 * 60_000,
  staleClaimMs: 5 * 60_000,
  worker: `pid-${process.pid}`,
};

/**
 * Newly approved resources never featured come first, then the least recently featured: nothing
 * repeats before every approved resource has been featured once.
 */
export function selectResources(ctx: GroupContext, count: number): Promise<Resource[]> {
  return ctx.db.resource.findMany({
    where: { communityId: ctx.community.id, status: "approved" },
    orderBy: [{ lastFeaturedAt: { sort: "asc", nulls: "first" } }, { approvedAt: "desc" }, { id: "asc" }],
    take: count,
  });
}

/** The digest as the channel reads it (and its preview): in the community's language. */
export function digestView(group: GroupContext, resources: Resource[]): View {
  const ctx = speaking(group, group.tCommunity);
  const name = ctx.community.name;
  return view(
    paragraph(name ? ctx.t("digest.title", { community: name }) : ctx.t("digest.titleUnnamed")),
    list(resources.map((r) => resourceItem(ctx, r))),
    buttons(...resources.map((r) => ({ label: r.title.slice(0, 60), url: r.url }))),
    paragraph(ctx.t("digest.footer", { command: ctx.cmd("resources") })),
  );
}

/** An empty library posts nothing; moderators are told once a day at most. */
export function tellLibraryEmpty(ctx: GroupContext): Promise<void> {
  return tellModeratorsOnce(
    ctx,
    "digest:empty",
    ctx.tCommunity("digest.emptyLibrary", { command: ctx.cmd("mod resources add") }),
  );
}

/**
 * Posts a digest of `resources` to a channel; returns the platform message ids. A platform refusal
 * (no permission, channel gone) is told to moderators once, then rethrown.
 */
export async function deliverDigest(
  ctx: GroupContext,
  channelId: string,
  resources: Resource[],
): Promise<string[]> {
  const port = ctx.ports.get(ctx.group.platform);
  if (!port) throw new PlatformError("failed", "post");
  try {
    return await port.post({ groupId: ctx.group.platformGroupId, channelId }, digestView(ctx, resources));
  } catch (error) {
    if (error instanceof PlatformError && error.kind !== "failed") {
      await tellModeratorsOnce(
        ctx,
        `digest:${error.kind}`,
        ctx.tCommunity("digest.cannotPost", { command: ctx.cmd("mod digest show") }),
      );
    }
    throw error;
  }
}

interface RunKey {
  scheduleId: number;
  localDate: string;
}

// Claimed runs are processed this many at a time: one query loads their groups, one their
// resources; each run is recorded as soon as it is posted.
const CHUNK = 100;
// Posts in flight at once; the platform SDKs queue and pace them under each platform's limits.
const POSTS_AT_ONCE = 8;

// A schedule `s` on the local calendar day `d.day`: the instant it runs (its time of day in its
// own zone, DST included) and whether it runs on that weekday. The scheduler and the next-run
// shown to moderators both use these, so what is shown is what will happen.
const RUN_AT = `((d.day + make_interval(mins => s."minuteOfDay")) AT TIME ZONE s."timeZone")`;
const RUNS_ON_DAY = `(s.weekdays & (1 << (extract(isodow FROM d.day)::int - 1))) <> 0`;

/**
 * Runs whose local time has come (today or, within the grace window, yesterday) in each
 * schedule's own time zone, DST included, and that are neither settled nor freshly claimed.
 * PostgreSQL does the calendar work, so an idle minute costs one indexed query, not a scan in JS.
 */
const DUE_RUNS = `
SELECT c.id AS "scheduleId", c.local_date AS "localDate"
FROM (
  SELECT s.id, to_char(d.day, 'YYYY-MM-DD') AS local_date, ${RUN_AT} AS at
  FROM "DigestSchedule" s
  JOIN "Group" g ON g.id = s."groupId"
  CROSS JOIN LATERAL (VALUES (($1::timestamptz AT TIME ZONE s."timeZone")::date),
                             (($1::timestamptz AT TIME ZONE s."timeZone")::date - 1)) AS d(day)
  WHERE s.enabled AND g.platform::text = ANY($2::text[])
    AND ${RUNS_ON_DAY}
) c
WHERE c.at <= $1::timestamptz AND c.at >= $1::timestamptz - make_interval(secs => $3::float8)
  AND NOT EXISTS (
    SELECT 1 FROM "DigestRun" r
    WHERE r."scheduleId" = c.id AND r."localDate" = c.local_date
      AND NOT (r.status = 'claimed' AND r.attempts = 1
               AND r."claimedAt" < $1::timestamp - make_interval(secs => $4::float8)))`;

// Inserting the (schedule, local date) row claims a run: the unique key lets one process win.
const CLAIM = `
INSERT INTO "DigestRun" ("scheduleId", "localDate", "claimedBy", "claimedAt")
SELECT t.s, t.d, $3, $4::timestamp FROM unnest($1::int[], $2::text[]) AS t(s, d)
ON CONFLICT ("scheduleId", "localDate") DO NOTHING
RETURNING "scheduleId", "localDate", attempts`;

// A claim its process never finished (a crash) is taken over once, by whoever gets there first.
const RETAKE = `
UPDATE "DigestRun" r SET attempts = 2, "claimedBy" = $3, "claimedAt" = $4::timestamp
FROM unnest($1::int[], $2::text[]) AS t(s, d)
WHERE r."scheduleId" = t.s AND r."localDate" = t.d AND r.status = 'claimed' AND r.attempts = 1
  AND r."claimedAt" < $4::timestamp - make_interval(secs => $5::float8)
RETURNING r."scheduleId", r."localDate", r.attempts`;

// The next resources of each community, in one query for a whole chunk.
const NEXT_RESOURCES = `
SELECT x.* FROM unnest($1::int[], $2::int[]) AS c(community, n)
CROSS JOIN LATERAL (
  SELECT * FROM "Resource" r
  WHERE r."communityId" = c.community AND r.status = 'approved'
  ORDER BY r."lastFeaturedAt" ASC NULLS FIRST, r."approvedAt" DESC, r.id ASC
  LIMIT c.n) x`;

const FEATURED = `UPDATE "Resource" SET "lastFeaturedAt" = $1::timestamp WHERE id = ANY($2::int[])`;

// Recorded the moment its post succeeds, so a crash right after can re-post nothing it sent.
const RECORD = `
UPDATE "DigestRun"
SET status = $3::"DigestRunStatus", "sentAt" = CASE WHEN $3 = 'sent' THEN $4::timestamp END,
    "resourceIds" = $5::int[], "messageIds" = $6::text[]
WHERE "scheduleId" = $1 AND "localDate" = $2`;

type Outcome = {
  key: RunKey;
  status: "sent" | "skipped" | "failed" | "retry";
  resourceIds: number[];
  messageIds: string[];
};

/**
 * Finds due digests, claims them (the database lets exactly one process win each run), posts the
 * ones this process claimed in chunks, then records them. A run claimed by a process that crashed
 * is retried once by any process after `staleClaimMs`; a second failure is final.
 */
export async function runDueDigests(
  services: Services,
  options: DigestOptions,
  observer: EngineObserver = quietObserver,
): Promise<number> {
  const { db, clock } = services;
  const now = clock.now();
  const platforms = [...services.ports.keys()];
  if (platforms.length === 0) return 0;
  const due = await db.$queryRawUnsafe<RunKey[]>(
    DUE_RUNS,
    now.toISOString(),
    platforms,
    options.graceMs / 1000,
    options.staleClaimMs / 1000,
  );
  if (due.length === 0) return 0;
  const ids = due.map((d) => d.scheduleId);
  const dates = due.map((d) => d.localDate);
  const claimed = await db.$queryRawUnsafe<(RunKey & { attempts: number })[]>(
    CLAIM,
    ids,
    dates,
    options.worker,
    now.toISOString(),
  );
  const retaken = await db.$queryRawUnsafe<(RunKey & { attempts: number })[]>(
    RETAKE,
    ids,
    dates,
    options.worker,
    now.toISOString(),
    options.staleClaimMs / 1000,
  );
  const mine = [...claimed, ...retaken];
  let sent = 0;
  for (let i = 0; i < mine.length; i += CHUNK) {
    const outcomes = await runChunk(services, mine.slice(i, i + CHUNK));
    for (const outcome of outcomes) {
      if (outcome.status !== "retry") observer.digestRun(outcome.status);
      if (outcome.status === "sent") sent++;
    }
  }
  return sent;
}

async function runChunk(services: Services, runs: (RunKey & { attempts: number })[]): Promise<Outcome[]> {
  const { db, clock } = services;
  // Padded to a constant length so the query keeps one shape (and Prisma one cached plan).
  const ids = runs.map((r) => r.scheduleId);
  const padded = [...ids, ...Array<number>(CHUNK - ids.length).fill(0)];
  const schedules = await db.digestSchedule.findMany({
    where: { id: { in: padded } },
    include: { group: { include: GROUP_STATE_INCLUDE } },
  });
  const byId = new Map(schedules.map((s) => [s.id, s]));
  const wanted = new Map<number, number>();
  for (const s of schedules) wanted.set(s.communityId, Math.max(wanted.get(s.communityId) ?? 0, s.itemCount));
  const resources = await db.$queryRawUnsafe<Resource[]>(
    NEXT_RESOURCES,
    [...wanted.keys()],
    [...wanted.values()],
  );
  const byCommunity = new Map<number, Resource[]>();
  for (const r of resources.map(resourceFromRow))
    byCommunity.set(r.communityId, [...(byCommunity.get(r.communityId) ?? []), r]);

  const outcomes: Outcome[] = [];
  const queue = [...runs];
  const worker = async () => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const schedule = byId.get(run.scheduleId);
      if (!schedule) continue;
      const outcome = await postOne(services, schedule, run, byCommunity.get(schedule.communityId) ?? []);
      if (outcome.status !== "retry") {
        await db.$executeRawUnsafe(
          RECORD,
          run.scheduleId,
          run.localDate,
          outcome.status,
          clock.now().toISOString(),
          outcome.resourceIds,
          outcome.messageIds,
        );
      }
      outcomes.push(outcome);
    }
  };
  await Promise.all(Array.from({ length: POSTS_AT_ONCE }, worker));

  const featured = outcomes.flatMap((o) => (o.status === "sent" ? o.resourceIds : []));
  if (featured.length > 0) await db.$executeRawUnsafe(FEATURED, clock.now().toISOString(), featured);
  return outcomes;
}

async function postOne(
  services: Services,
  schedule: DigestSchedule & { group: GroupState },
  run: RunKey & { attempts: number },
  available: Resource[],
): Promise<Outcome> {
  const key = { scheduleId: run.scheduleId, localDate: run.localDate };
  const ctx = loadedSystemContext(services, schedule.group, schedule.channelId);
  const resources = available.slice(0, schedule.itemCount);
  if (!services.ports.has(schedule.group.platform))
    return { key, status: "retry", resourceIds: [], messageIds: [] };
  try {
    if (resources.length === 0) {
      await tellLibraryEmpty(ctx);
      return { key, status: "skipped", resourceIds: [], messageIds: [] };
    }
    const messageIds = await deliverDigest(ctx, schedule.channelId, resources);
    return { key, status: "sent", resourceIds: resources.map((r) => r.id), messageIds };
  } catch (error) {
    services.log.warn(
      { schedule: schedule.id, group: hashId(schedule.group.platformGroupId), error: describeError(error) },
      "digest failed",
    );
    // A first failure stays claimed for one retry after the stale window; a second is final.
    return { key, status: run.attempts >= 2 ? "failed" : "retry", resourceIds: [], messageIds: [] };
  }
}

// A run's row only guards against posting it twice, which matters for a day or two.
const RUN_KEPT_MS = 35 * 86_400_000;

export async function purgeDigestRuns(services: Services): Promise<number> {
  const before = new Date(services.clock.now().getTime() - RUN_KEPT_MS);
  const { count } = await services.db.digestRun.deleteMany({ where: { claimedAt: { lt: before } } });
  return count;
}

// Today and the seven local days after it: a schedule that runs on at least one weekday runs in them.
const NEXT_RUNS = `
SELECT s.id AS "scheduleId", extract(epoch FROM min(${RUN_AT}))::float8 AS "epoch"
FROM "DigestSchedule" s
CROSS JOIN LATERAL generate_series(0, 7) AS n(ahead)
CROSS JOIN LATERAL (VALUES (($1::timestamptz AT TIME ZONE s."timeZone")::date + n.ahead)) AS d(day)
WHERE s."communityId" = $2 AND s.enabled AND ${RUNS_ON_DAY} AND ${RUN_AT} > $1::timestamptz
GROUP BY s.id`;

/** When each enabled schedule of the community runs next after now, by the scheduler's own calendar. */
export async function nextRuns(ctx: GroupContext): Promise<Map<number, Date>> {
  const rows = await ctx.db.$queryRawUnsafe<{ scheduleId: number; epoch: number }[]>(
    NEXT_RUNS,
    ctx.clock.now().toISOString(),
    ctx.community.id,
  );
  return new Map(rows.map((r) => [r.scheduleId, new Date(Number(r.epoch) * 1000)]));
}

export function activeSchedules(ctx: GroupContext) {
  return ctx.db.digestSchedule.findMany({ where: { groupId: ctx.group.id, enabled: true } });
}

export function groupSchedules(ctx: GroupContext) {
  return ctx.db.digestSchedule.findMany({ where: { groupId: ctx.group.id }, orderBy: { id: "asc" } });
}

export function scheduleOf(ctx: GroupContext, channelId: string) {
  return ctx.db.digestSchedule.findUnique({
    where: { groupId_channelId: { groupId: ctx.group.id, channelId } },
  });
}

export type ScheduleSettings = Pick<
  DigestSchedule,
  "minuteOfDay" | "timeZone" | "weekdays" | "itemCount" | "enabled"
>;

/** Creates or replaces the channel's schedule, audited with `detail`. */
export async function saveSchedule(
  ctx: GroupContext,
  channelId: string,
  settings: ScheduleSettings,
  detail: string,
): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    await tx.digestSchedule.upsert({
      where: { groupId_channelId: { groupId: ctx.group.id, channelId } },
      create: { communityId: ctx.community.id, groupId: ctx.group.id, channelId, ...settings },
      update: settings,
    });
    await ctx.audit("digest.set", detail, tx);
  });
}

/** Stops the group's schedules (one channel's, or all); how many were running. */
export async function stopSchedules(ctx: GroupContext, channelId: string | undefined): Promise<number> {
  const stopped = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "DigestSchedule" SET "enabled" = false
            WHERE "groupId" = $1 AND "enabled" AND ($2::text IS NULL OR "channelId" = $2) RETURNING "id"`,
      params: [ctx.group.id, channelId ?? null],
    },
    "digest.off",
    "",
  );
  return stopped.length;
}

/** After a posted `mod digest now`: what was featured and its audit entry, recorded together. */
export async function markFeatured(ctx: GroupContext, resources: readonly Resource[]): Promise<void> {
  await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Resource" SET "lastFeaturedAt" = $2 WHERE "id" = ANY($1) RETURNING "id"`,
      params: [resources.map((r) => r.id), ctx.clock.now()],
    },
    "digest.now",
    "",
  );
}
