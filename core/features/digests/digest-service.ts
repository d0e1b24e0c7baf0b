import type { GroupContext, Services } from "../../context.js";
import type { DigestSchedule, Group, Resource } from "../../db/generated/client.js";
import { describeError } from "../../failures.js";
import { hashId } from "../../log.js";
import { tellModeratorsOnce } from "../../notices.js";
import { type EngineObserver, quietObserver } from "../../observer.js";
import { PlatformError } from "../../platform-error.js";
import type { View } from "../../ports.js";
import { systemContext } from "../../system-context.js";
import { buttons, list, paragraph, view } from "../../views.js";
import { resourceItem } from "../resources/resources-view.js";
import { localTime, previousDate, weekdayOf, zonedInstant } from "./zoned-time.js";

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

export function digestView(ctx: GroupContext, resources: Resource[]): View {
  const name = ctx.community.name;
  return view(
    paragraph(name ? ctx.t("digest.title", { community: name }) : ctx.t("digest.titleUnnamed")),
    list(resources.map((r) => resourceItem(ctx, r))),
    buttons(...resources.map((r) => ({ label: r.title.slice(0, 60), url: r.url }))),
    paragraph(ctx.t("digest.footer", { command: ctx.cmd("resources") })),
  );
}

/** Posts a digest to a channel and marks its resources featured; the message ids, or none. */
export async function postDigest(
  ctx: GroupContext,
  channelId: string,
  count: number,
): Promise<{
  resourceIds: number[];
  messageIds: string[];
} | null> {
  const resources = await selectResources(ctx, count);
  if (resources.length === 0) {
    await tellModeratorsOnce(
      ctx,
      "digest:empty",
      ctx.t("digest.emptyLibrary", { command: ctx.cmd("mod resources add") }),
    );
    return null;
  }
  const port = ctx.ports.get(ctx.group.platform);
  if (!port) return null;
  let messageIds: string[];
  try {
    messageIds = await port.post(
      { groupId: ctx.group.platformGroupId, channelId },
      digestView(ctx, resources),
    );
  } catch (error) {
    if (error instanceof PlatformError && error.kind !== "failed") {
      await tellModeratorsOnce(
        ctx,
        `digest:${error.kind}`,
        ctx.t("digest.cannotPost", { command: ctx.cmd("mod digest show") }),
      );
    }
    throw error;
  }
  const resourceIds = resources.map((r) => r.id);
  await ctx.db.resource.updateMany({
    where: { id: { in: resourceIds } },
    data: { lastFeaturedAt: ctx.clock.now() },
  });
  return { resourceIds, messageIds };
}

type Due = { schedule: DigestSchedule & { group: Group }; localDate: string };

/** Schedules whose local time has come today (or yesterday, within the grace window). */
function dueRuns(schedules: (DigestSchedule & { group: Group })[], now: Date, graceMs: number): Due[] {
  const due: Due[] = [];
  for (const schedule of schedules) {
    const today = localTime(now, schedule.timeZone).date;
    for (const localDate of [today, previousDate(today)]) {
      if (!(schedule.weekdays & (1 << weekdayOf(localDate)))) continue;
      const at = zonedInstant(localDate, schedule.minuteOfDay, schedule.timeZone).getTime();
      if (now.getTime() >= at && now.getTime() - at <= graceMs) due.push({ schedule, localDate });
    }
  }
  return due;
}

/**
 * Finds due digests, claims each by inserting its (schedule, local date) row — the database lets
 * exactly one process win — posts the ones this process claimed, then records them sent. A claim
 * left unsent by a crash is retried once by any process after `staleClaimMs`.
 */
export async function runDueDigests(
  services: Services,
  options: DigestOptions,
  observer: EngineObserver = quietObserver,
): Promise<number> {
  const now = services.clock.now();
  const platforms = [...services.ports.keys()];
  const schedules = await services.db.digestSchedule.findMany({
    where: { enabled: true, group: { platform: { in: platforms } } },
    include: { group: true },
  });
  const due = dueRuns(schedules, now, options.graceMs);
  if (due.length === 0) return 0;
  const claimed = await services.db.digestRun.createManyAndReturn({
    data: due.map((d) => ({
      scheduleId: d.schedule.id,
      localDate: d.localDate,
      claimedBy: options.worker,
      claimedAt: now,
    })),
    skipDuplicates: true,
  });
  const mine = new Set(claimed.map((run) => `${run.scheduleId}/${run.localDate}`));
  const stale = await services.db.digestRun.findMany({
    where: {
      status: "claimed",
      attempts: 1,
      claimedAt: { lt: new Date(now.getTime() - options.staleClaimMs) },
      OR: due.map((d) => ({ scheduleId: d.schedule.id, localDate: d.localDate })),
    },
  });
  for (const run of stale) {
    const retaken = await services.db.digestRun.updateMany({
      where: { id: run.id, status: "claimed", attempts: 1 },
      data: { attempts: 2, claimedBy: options.worker, claimedAt: now },
    });
    if (retaken.count === 1) mine.add(`${run.scheduleId}/${run.localDate}`);
  }
  let posted = 0;
  for (const { schedule, localDate } of due) {
    if (!mine.has(`${schedule.id}/${localDate}`)) continue;
    const status = await runOne(services, schedule, localDate);
    observer.digestRun(status);
    if (status === "sent") posted++;
  }
  return posted;
}

async function runOne(
  services: Services,
  schedule: DigestSchedule & { group: Group },
  localDate: string,
): Promise<"sent" | "skipped" | "failed"> {
  const key = { scheduleId_localDate: { scheduleId: schedule.id, localDate } };
  try {
    const ctx = await systemContext(services, schedule.group, schedule.channelId);
    const result = await postDigest(ctx, schedule.channelId, schedule.itemCount);
    await services.db.digestRun.update({
      where: key,
      data: result ? { status: "sent", sentAt: services.clock.now(), ...result } : { status: "skipped" },
    });
    return result ? "sent" : "skipped";
  } catch (error) {
    services.log.warn(
      { schedule: schedule.id, group: hashId(schedule.group.platformGroupId), error: describeError(error) },
      "digest failed",
    );
    // A second failure is final; a first one is left claimed for one retry after the stale window.
    await services.db.digestRun
      .updateMany({
        where: { ...key.scheduleId_localDate, attempts: { gte: 2 } },
        data: { status: "failed" },
      })
      .catch(() => undefined);
    return "failed";
  }
}
