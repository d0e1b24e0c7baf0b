import { changeAndAudit } from "../../audit.js";
import type { GroupContext, Services } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { Prisma } from "../../db/generated/client.js";
import type { Platform } from "../../ports.js";

const DAY_MS = 86_400_000;
// A member may have this many questions waiting or asked within a day.
export const QUESTIONS_PER_DAY = 3;

export const questionWithPlace = {
  group: { select: { platform: true, platformGroupId: true } },
  asker: { select: { platformUserId: true } },
} as const;

/** Questions the member asked in the last day (the per-member rate limit). */
export async function askedToday(ctx: GroupContext, memberId: number): Promise<number> {
  const since = new Date(ctx.clock.now().getTime() - DAY_MS);
  return ctx.db.anonymousQuestion.count({ where: { askerId: memberId, createdAt: { gt: since } } });
}

export function closesAt(ctx: GroupContext, days: number): Date {
  return new Date(ctx.clock.now().getTime() + days * DAY_MS);
}

/** Claims a waiting question for posting, with its audit entry; false when it no longer waits. */
export async function claimForPosting(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "AnonymousQuestion" SET "status" = 'posted'
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'pending' RETURNING "id"`,
      params: [id, ctx.community.id],
    },
    "questions.approve",
    `question ${id}`,
  );
  return ids.length > 0;
}

/** Posted: the text goes (the group's message holds it now), the pseudonym's messages are kept. */
export async function markPosted(ctx: GroupContext, id: number, messageIds: string[], days: number) {
  await ctx.db.$transaction([
    ctx.db.anonymousQuestion.update({
      where: { id },
      data: { text: null, postedAt: ctx.clock.now(), closesAt: closesAt(ctx, days) },
    }),
    ctx.db.anonymousPost.createMany({ data: messageIds.map((messageId) => ({ questionId: id, messageId })) }),
  ]);
}

/** Posting failed: the question waits again. */
export async function unclaim(ctx: GroupContext, id: number) {
  await ctx.db.anonymousQuestion.updateMany({
    where: { id, status: "posted", postedAt: null },
    data: { status: "pending" },
  });
}

/** Rejects a waiting question: the row (text and link to the asker) is deleted. */
export async function rejectQuestion(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `DELETE FROM "AnonymousQuestion"
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'pending' RETURNING "id"`,
      params: [id, ctx.community.id],
    },
    "questions.reject",
    `question ${id}`,
  );
  return ids.length > 0;
}

/** The first moderator's request to reveal the asker; true when it was recorded. */
export async function requestReveal(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "AnonymousQuestion" SET "revealRequestedBy" = $3
            WHERE "id" = $1 AND "communityId" = $2 AND "status" <> 'draft'
              AND ("revealRequestedBy" IS NULL OR "revealRequestedBy" = $3) RETURNING "id"`,
      params: [id, ctx.community.id, ctx.actor.id],
    },
    "questions.reveal.request",
    `question ${id}`,
  );
  return ids.length > 0;
}

/** A second, different moderator agrees: the request is used up and the reveal audited. */
export async function confirmReveal(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "AnonymousQuestion" SET "revealRequestedBy" = NULL
            WHERE "id" = $1 AND "communityId" = $2 AND "revealRequestedBy" IS NOT NULL
              AND "revealRequestedBy" <> $3 RETURNING "id"`,
      params: [id, ctx.community.id, ctx.actor.id],
    },
    "questions.reveal",
    `question ${id}, agreed by two moderators`,
  );
  return ids.length > 0;
}

/** The open question one of the pseudonym's messages belongs to, in this group. */
export function questionOfPost(ctx: GroupContext, messageId: string) {
  return ctx.db.anonymousQuestion.findFirst({
    where: { groupId: ctx.group.id, status: "posted", posts: { some: { messageId } } },
    include: questionWithPlace,
  });
}

/** Closed questions (and drafts and waiting ones past their time) go, and with them the link. */
export async function closeExpired(services: Services): Promise<number> {
  const now = services.clock.now();
  return (await services.db.anonymousQuestion.deleteMany({ where: { closesAt: { lt: now } } })).count;
}

export async function exportQuestions(db: Db, platform: Platform, userId: string) {
  const questions = await db.anonymousQuestion.findMany({
    where: { asker: { platformUserId: userId }, group: { platform } },
    include: { community: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  // A moderator's pending request to reveal an asker names them until a second one agrees.
  const revealRequests = await db.anonymousQuestion.findMany({
    where: { revealRequestedBy: userId, group: { platform } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return {
    revealRequests: revealRequests.map((q) => q.id),
    anonymousQuestions: questions.map((q) => ({
      question: q.id,
      community: q.community.name,
      status: q.status,
      asked: q.createdAt.toISOString(),
      closes: q.closesAt.toISOString(),
      text: q.text,
    })),
  };
}

/**
 * Forgetting the asker deletes their questions' rows: nothing links them to the pseudonym after.
 * Forgetting a moderator drops the reveal requests they made.
 */
export async function eraseQuestions(
  db: Prisma.TransactionClient,
  platform: Platform,
  userId: string,
): Promise<void> {
  await db.anonymousQuestion.deleteMany({
    where: { asker: { platformUserId: userId }, group: { platform } },
  });
  // A forgotten moderator's pending reveal request lapses; another pair of moderators can ask again.
  await db.anonymousQuestion.updateMany({
    where: { revealRequestedBy: userId, group: { platform } },
    data: { revealRequestedBy: null },
  });
}
