import { changeAndAudit } from "../../audit-service.js";
import { actionId } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { HeadsUp, HeadsUpKind, Prisma } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { describeError } from "../../failures.js";
import { speaking } from "../../group-context-service.js";
import { alertModerators } from "../../moderator-alerts-service.js";
import type { Block, Platform, RichText, View } from "../../ports.js";
import { systemContext } from "../../system-context.js";
import { plainText, userRef } from "../../text/markup.js";
import { buttons, note, paragraph, view } from "../../views.js";
import { supportSettings } from "./support-settings-service.js";

export const CLAIM = "hu.claim";
export const HANDLED = "hu.done";
// A member who asks for crisis help again within the hour does not raise a second heads-up.
const REPEAT_WINDOW_MS = 3_600_000;
// An unclaimed heads-up is re-sent at most this often: after that it waits in `mod crisis open`.
export const MAX_REMINDERS = 3;
// A tick re-sends at most this many, so a backlog cannot stall the scheduler.
const BATCH = 100;

type Ctx = Pick<GroupContext, "t">;

function intro(ctx: Ctx, kind: HeadsUpKind): RichText {
  return ctx.t(kind === "crisis" ? "crisis.alert" : "worried.alert");
}

/** The heads-up as moderators see it: who it is about, the two follow-up buttons. */
export function headsUpView(
  ctx: Ctx,
  row: Pick<HeadsUp, "id" | "kind" | "platformUserId">,
  reminder = false,
): View {
  const blocks: Block[] = [
    ...(reminder ? [paragraph(ctx.t("headsup.reminder", { id: row.id }))] : []),
    paragraph([...intro(ctx, row.kind), userRef(row.platformUserId)]),
    buttons(
      { label: plainText(ctx.t("headsup.claim")), action: actionId(CLAIM, [row.id]), style: "primary" },
      { label: plainText(ctx.t("headsup.handled")), action: actionId(HANDLED, [row.id]) },
    ),
  ];
  return view(...blocks);
}

/**
 * Tells the moderators (only where only they read) that a member may need someone to reach out,
 * and records it for the follow-up. Nothing the member said is stored. False when no
 * moderator could be reached or the same heads-up went out within the hour.
 */
export async function raiseHeadsUp(
  ctx: GroupContext,
  kind: HeadsUpKind,
  platformUserId: string,
): Promise<boolean> {
  const since = new Date(ctx.clock.now().getTime() - REPEAT_WINDOW_MS);
  const recent = await ctx.db.headsUp.findFirst({
    where: { communityId: ctx.community.id, kind, platformUserId, createdAt: { gt: since }, handledAt: null },
    select: { id: true },
  });
  if (recent) return false;
  const row = await ctx.db.headsUp.create({
    data: {
      communityId: ctx.community.id,
      groupId: ctx.group.id,
      kind,
      platformUserId,
      createdAt: ctx.clock.now(),
    },
  });
  // Moderators read it in the community's language, not the asking member's.
  return alertModerators(ctx, headsUpView(speaking(ctx, ctx.tCommunity), row));
}

async function current(ctx: GroupContext, id: number): Promise<HeadsUp> {
  const row = await ctx.db.headsUp.findFirst({ where: { id, communityId: ctx.community.id } });
  if (!row) throw new UserError(ctx.t("headsup.gone", { id }));
  return row;
}

/** "I'll reach out": the first moderator to press it claims the heads-up; the others are told who. */
export async function claimHeadsUp(ctx: GroupContext, id: number): Promise<View> {
  const claimed = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "HeadsUp" SET "claimedBy" = $3, "claimedAt" = $4
            WHERE "id" = $1 AND "communityId" = $2 AND "claimedBy" IS NULL AND "handledAt" IS NULL
            RETURNING "id"`,
      params: [id, ctx.community.id, ctx.actor.id, ctx.clock.now()],
    },
    "crisis.claim",
    `heads-up ${id}`,
  );
  if (claimed.length === 0) {
    const row = await current(ctx, id);
    if (row.handledAt) throw new UserError(ctx.t("headsup.alreadyHandled", { id }));
    if (row.claimedBy === ctx.actor.id) return note(ctx.t("headsup.youClaimed", { id }));
    throw new UserError([...ctx.t("headsup.claimedBy", { id }), userRef(row.claimedBy ?? "")]);
  }
  await alertModerators(
    ctx,
    view(paragraph([...ctx.t("headsup.claimedNotice", { id }), userRef(ctx.actor.id)])),
  );
  return note(ctx.t("headsup.youClaimed", { id }));
}

/** "Handled": closes the heads-up (claiming it too when nobody had). */
export async function handleHeadsUp(ctx: GroupContext, id: number): Promise<View> {
  const now = ctx.clock.now();
  const handled = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "HeadsUp" SET "handledBy" = $3, "handledAt" = $4,
                   "claimedBy" = coalesce("claimedBy", $3), "claimedAt" = coalesce("claimedAt", $4)
            WHERE "id" = $1 AND "communityId" = $2 AND "handledAt" IS NULL RETURNING "id"`,
      params: [id, ctx.community.id, ctx.actor.id, now],
    },
    "crisis.handled",
    `heads-up ${id}`,
  );
  if (handled.length === 0) {
    await current(ctx, id);
    throw new UserError(ctx.t("headsup.alreadyHandled", { id }));
  }
  await alertModerators(
    ctx,
    view(paragraph([...ctx.t("headsup.handledNotice", { id }), userRef(ctx.actor.id)])),
  );
  return note(ctx.t("headsup.youHandled", { id }));
}

/** Heads-ups of the community not yet handled, oldest first. */
export function openHeadsUps(ctx: GroupContext, take: number) {
  const where = { communityId: ctx.community.id, handledAt: null };
  return ctx.db.$transaction([
    ctx.db.headsUp.count({ where }),
    ctx.db.headsUp.findMany({ where, orderBy: { id: "asc" }, take }),
  ]);
}

/**
 * Re-sends heads-ups nobody claimed within the community's reminder delay. Bumping `reminders`
 * first claims the re-send, so two processes never both send it.
 */
export async function remindUnclaimed(services: Services): Promise<number> {
  const now = services.clock.now();
  const platforms = [...services.ports.keys()];
  const candidates = await services.db.headsUp.findMany({
    where: {
      claimedBy: null,
      handledAt: null,
      reminders: { lt: MAX_REMINDERS },
      group: { platform: { in: platforms } },
    },
    include: { group: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  let sent = 0;
  for (const row of candidates) {
    const { crisisRemindMinutes } = await supportSettings(services.db, row.communityId);
    const last = (row.remindedAt ?? row.createdAt).getTime();
    if (crisisRemindMinutes === 0 || last + crisisRemindMinutes * 60_000 > now.getTime()) continue;
    const claimed = await services.db.headsUp.updateMany({
      where: { id: row.id, reminders: row.reminders, claimedBy: null, handledAt: null },
      data: { reminders: { increment: 1 }, remindedAt: now },
    });
    if (claimed.count === 0) continue;
    try {
      const ctx = await systemContext(services, row.group, "");
      if (await alertModerators(ctx, headsUpView(ctx, row, true))) sent++;
    } catch (error) {
      services.log.warn({ error: describeError(error) }, "heads-up reminder failed");
    }
  }
  return sent;
}

/** Heads-ups and their claims go with the community's retention period. */
export function purgeHeadsUps(services: Services): Promise<number> {
  return services.db.$executeRawUnsafe(
    `DELETE FROM "HeadsUp" t USING "Community" c
      WHERE t."communityId" = c.id AND t."createdAt" < $1::timestamptz - make_interval(days => c."retentionDays")`,
    services.clock.now().toISOString(),
  );
}

/** Heads-ups about one person (never who raised them) and the ones they followed up, for /mydata. */
export async function exportHeadsUps(db: Db, platform: Platform, userId: string) {
  const onPlatform = { group: { platform } };
  const [about, followedUp] = await Promise.all([
    db.headsUp.findMany({ where: { platformUserId: userId, ...onPlatform }, orderBy: { id: "asc" } }),
    db.headsUp.count({ where: { OR: [{ claimedBy: userId }, { handledBy: userId }], ...onPlatform } }),
  ]);
  return {
    headsUpsAboutYou: about.map((h) => ({
      kind: h.kind,
      raised: h.createdAt.toISOString(),
      handled: h.handledAt?.toISOString() ?? null,
    })),
    headsUpsYouFollowedUp: followedUp,
  };
}

/** Heads-ups about the person go; the ones they followed up stay without their id. */
export async function eraseHeadsUps(tx: Prisma.TransactionClient, platform: Platform, userId: string) {
  const onPlatform = { group: { platform } };
  await tx.headsUp.deleteMany({ where: { platformUserId: userId, ...onPlatform } });
  await tx.headsUp.updateMany({ where: { claimedBy: userId, ...onPlatform }, data: { claimedBy: "" } });
  await tx.headsUp.updateMany({ where: { handledBy: userId, ...onPlatform }, data: { handledBy: "" } });
}
