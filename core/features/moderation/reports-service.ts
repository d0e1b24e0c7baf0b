import { changeAndAudit } from "../../audit-service.js";
import type { GroupContext } from "../../context.js";
import type { ReportStatus } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { communityName, RECIPIENT_SELECT, recipientOf, tellPrivately } from "../../tell-privately.js";
import { creditApproval } from "../newcomers/newcomer-review-service.js";

/** Files a member's report from here; a held one waits in the list without alerting anyone. */
export async function fileReport(
  ctx: GroupContext,
  reporterId: number,
  reason: string | undefined,
  held: boolean,
) {
  return ctx.db.report.create({
    data: {
      communityId: ctx.community.id,
      groupId: ctx.group.id,
      reporterId,
      reason: reason ?? "",
      messageRef: ctx.messageRef ?? null,
      held,
    },
  });
}

export interface ReportFilter {
  status: ReportStatus | "all";
  /** Only reports this member filed. */
  reporterId?: number;
}

/**
 * One page of this community's reports with who filed them, and how many match in all: open ones
 * oldest first (the queue), closed ones newest first.
 */
export async function reportPage(ctx: GroupContext, filter: ReportFilter, page: number, size: number) {
  const { status, reporterId } = filter;
  const where = {
    communityId: ctx.community.id,
    ...(status === "all" ? {} : { status }),
    ...(reporterId === undefined ? {} : { reporterId }),
  };
  const [count, reports] = await ctx.db.$transaction([
    ctx.db.report.count({ where }),
    ctx.db.report.findMany({
      where,
      orderBy: { id: status === "open" ? "asc" : "desc" },
      skip: (page - 1) * size,
      take: size,
      include: { reporter: true },
    }),
  ]);
  return { count, reports };
}

/** Resolves or dismisses a report of this community that is still open. */
export async function closeOpenReport(ctx: GroupContext, id: number, resolve: boolean): Promise<void> {
  const closed = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Report" SET "status" = $3::"ReportStatus", "resolvedBy" = $4, "resolvedAt" = $5,
              "resolvedByPlatform" = $6::"Platform"
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'open' RETURNING "id"`,
      params: [
        id,
        ctx.community.id,
        resolve ? "resolved" : "dismissed",
        ctx.actor.id,
        ctx.clock.now(),
        ctx.platform,
      ],
    },
    resolve ? "reports.resolve" : "reports.dismiss",
    `report ${id}`,
  );
  if (closed.length === 0) throw new UserError(ctx.t("report.alreadyClosed", { id }));
  if (resolve) {
    // The reporter hears it was handled (never what was done, never in the group).
    const report = await ctx.db.report.findUnique({
      where: { id },
      select: { reporterId: true, reporter: { select: RECIPIENT_SELECT } },
    });
    // A report found right is an approval under newcomer review.
    await creditApproval(ctx, report?.reporterId ?? null);
    if (report?.reporter) {
      await tellPrivately(
        ctx,
        recipientOf(report.reporter),
        ctx.t("report.toldResolved", { id, community: communityName(ctx) }),
      );
    }
  }
}

/** Open reports, oldest first, with who filed them. */
export async function openReports(ctx: GroupContext, take = 50) {
  const where = { communityId: ctx.community.id, status: "open" as const };
  const [total, reports] = await ctx.db.$transaction([
    ctx.db.report.count({ where }),
    ctx.db.report.findMany({ where, orderBy: { id: "asc" }, take, include: { reporter: true } }),
  ]);
  return { total, reports };
}
